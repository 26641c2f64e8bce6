export * from './municipality.commands';
export * from './municipality.events';
export * from './municipality.state';
export * from './municipality.decider';
export * from './municipality.regulation';

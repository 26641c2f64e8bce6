export * from './signal.commands';
export * from './signal.events';
export * from './signal.state';
export * from './signal.decider';
export * from './signal.values';

export * from './person.types';
export * from './person.decider';
export * from './person.rules';

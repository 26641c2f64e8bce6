export * from './person.decider';
export * from './person.rules';

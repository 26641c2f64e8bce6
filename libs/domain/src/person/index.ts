export * from './person.decider';

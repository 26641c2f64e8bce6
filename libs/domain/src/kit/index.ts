export * from './decider';
export * from './domain-error';
export * from './personal-data';
export * from './sides';
export * from './values';

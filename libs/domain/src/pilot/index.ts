export * from './pilot.commands';
export * from './pilot.events';
export * from './pilot.state';
export * from './pilot.decider';
export * from './yardsticks';
export * from './evaluation-findings';

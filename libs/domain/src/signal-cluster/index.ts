export * from './signal-cluster.commands';
export * from './signal-cluster.events';
export * from './signal-cluster.state';
export * from './signal-cluster.decider';

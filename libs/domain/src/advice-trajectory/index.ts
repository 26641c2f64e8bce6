export * from './advice-trajectory.values';
export * from './advice-trajectory.commands';
export * from './advice-trajectory.events';
export * from './advice-trajectory.state';
export * from './advice-trajectory.evolve';
export * from './advice-trajectory.decider';

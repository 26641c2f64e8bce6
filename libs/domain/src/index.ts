export * from './kit';
export * from './pilot';
export * from './municipality';
export * from './participation-body';
export * from './participation-agenda';
export * from './signal';
export * from './signal-cluster';
export * from './advice-trajectory';

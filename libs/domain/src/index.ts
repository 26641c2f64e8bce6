export * from './kit';
export * from './pilot';
export * from './municipality';
export * from './participation-body';
export * from './participation-agenda';

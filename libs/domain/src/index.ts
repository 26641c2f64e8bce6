export * from './kit';
export * from './pilot';

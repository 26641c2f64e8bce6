export * from './event-envelope';
export * from './expected-revision';
export * from './event-store.errors';
export * from './event-store.port';

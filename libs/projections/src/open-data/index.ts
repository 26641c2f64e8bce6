export * from './open-data.datasets';
export * from './open-data.formats';
export * from './open-data.queries';
export * from './open-data.catalog';

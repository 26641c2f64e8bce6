export * from './temporary-table.values';
export * from './temporary-table.commands';
export * from './temporary-table.events';
export * from './temporary-table.state';
export * from './temporary-table.decider';
export * from './representativeness';
export { personsAtTheTable } from './attach-table-document.decide';

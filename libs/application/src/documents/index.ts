export * from './attach-document.definition';
export * from './attach-table-document.definition';

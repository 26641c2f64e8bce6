export * from './attach-document.definition';
export * from './attach-table-document.definition';
export * from './attach-body-document.definition';

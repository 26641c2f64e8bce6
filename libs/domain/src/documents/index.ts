export * from './document.values';

export * from './draft-participation-agenda.definition';
export * from './add-agenda-item.definition';
export * from './agree-participation-agenda.definition';

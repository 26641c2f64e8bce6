export * from './open-temporary-table.definition';
export * from './register-participant.definition';
export * from './hold-session.definition';
export * from './record-contribution.definition';
export * from './close-temporary-table.definition';

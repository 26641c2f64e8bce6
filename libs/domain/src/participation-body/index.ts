export * from './participation-body.values';
export * from './participation-body.commands';
export * from './participation-body.events';
export * from './participation-body.state';
export * from './participation-body.decider';
export * from './member-acts.rules';
export { personsConcernedByBodyDocuments } from './attach-body-document.decide';

export * from './participation-agenda.commands';
export * from './participation-agenda.events';
export * from './participation-agenda.state';
export * from './participation-agenda.decider';

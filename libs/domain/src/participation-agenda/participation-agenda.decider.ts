import { actorMustBeAParty, assertNever, type Decider } from '../kit';
import type {
  AddAgendaItem,
  AgreeParticipationAgenda,
  DraftParticipationAgenda,
  ParticipationAgendaCommand,
} from './participation-agenda.commands';
import type {
  AgendaItemAdded,
  ParticipationAgendaAgreed,
  ParticipationAgendaDrafted,
  ParticipationAgendaEvent,
} from './participation-agenda.events';
import {
  agendaMustBeForAYear,
  agendaMustExist,
  agendaMustNotExistYet,
  agendaNeedsItemsToAgree,
  eachSideAgreesOnce,
  itemFromSignalsMustNameThem,
  itemMustNotBeOnTheAgendaYet,
  itemNeedsATheme,
  officialsAddTheMunicipalitysItems,
} from './participation-agenda.rules';
import {
  evolveParticipationAgenda,
  initialParticipationAgendaState,
  type ParticipationAgendaState,
} from './participation-agenda.state';

export const PARTICIPATION_AGENDA_STREAM_PREFIX = 'participation-agenda-';

export function participationAgendaStreamId(agendaId: string): string {
  return `${PARTICIPATION_AGENDA_STREAM_PREFIX}${agendaId}`;
}

function draftParticipationAgenda(
  command: DraftParticipationAgenda,
  state: ParticipationAgendaState,
): ParticipationAgendaDrafted[] {
  const { agendaId, bodyId, year } = command.data;
  agendaMustNotExistYet(state.status !== 'none');
  agendaMustBeForAYear(year);
  return [{ type: 'ParticipationAgendaDrafted', data: { agendaId, bodyId, year } }];
}

function addAgendaItem(command: AddAgendaItem, state: ParticipationAgendaState): AgendaItemAdded[] {
  const { agendaId, itemId, theme, source } = command.data;
  agendaMustExist(state);
  itemMustNotBeOnTheAgendaYet(state, itemId);
  itemNeedsATheme(theme);
  officialsAddTheMunicipalitysItems(command.context.actor.role, source);
  const signalIds = itemFromSignalsMustNameThem(source, command.data.signalIds);
  return [{ type: 'AgendaItemAdded', data: { agendaId, itemId, theme: theme.trim(), source, signalIds } }];
}

function agreeParticipationAgenda(
  command: AgreeParticipationAgenda,
  state: ParticipationAgendaState,
): ParticipationAgendaAgreed[] {
  agendaMustExist(state);
  const agreedBy = actorMustBeAParty(command.context.actor.role, 'PARTICIPATION_AGENDA');
  agendaNeedsItemsToAgree(state);
  eachSideAgreesOnce(state, agreedBy);
  return [{ type: 'ParticipationAgendaAgreed', data: { agendaId: command.data.agendaId, agreedBy } }];
}

function decideParticipationAgenda(
  command: ParticipationAgendaCommand,
  state: ParticipationAgendaState,
): ParticipationAgendaEvent[] {
  switch (command.type) {
    case 'DraftParticipationAgenda':
      return draftParticipationAgenda(command, state);
    case 'AddAgendaItem':
      return addAgendaItem(command, state);
    case 'AgreeParticipationAgenda':
      return agreeParticipationAgenda(command, state);
    default:
      return assertNever(command);
  }
}

export const participationAgendaDecider: Decider<
  ParticipationAgendaCommand,
  ParticipationAgendaEvent,
  ParticipationAgendaState
> = {
  decide: decideParticipationAgenda,
  evolve: evolveParticipationAgenda,
  initialState: initialParticipationAgendaState,
};

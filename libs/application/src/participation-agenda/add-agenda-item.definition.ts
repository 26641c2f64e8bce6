import {
  participationAgendaDecider,
  participationAgendaStreamId,
  type AddAgendaItem,
  type ParticipationAgendaEvent,
  type ParticipationAgendaState,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { bodyOfAgenda, signalsMustLieWhereTheBodyServes } from './participation-agenda.cross-checks';

export const addAgendaItem: CommandDefinition<AddAgendaItem, ParticipationAgendaEvent, ParticipationAgendaState> = {
  operationId: 'AddAgendaItem',
  decider: participationAgendaDecider,
  creates: false,
  streamId: (data) => participationAgendaStreamId(data.agendaId),
  resultId: (data) => data.itemId,
  /** An agenda acts where its body serves; an agenda not drafted names none (404 from the decider). */
  municipalities: async (_data, state, streams) =>
    state.status === 'none' ? [] : (await bodyOfAgenda(streams, state)).municipalityCodes,
  crossCheck: async (data, state, streams) => {
    if (state.status === 'none') return;
    await signalsMustLieWhereTheBodyServes(streams, data.signalIds ?? [], await bodyOfAgenda(streams, state));
  },
};

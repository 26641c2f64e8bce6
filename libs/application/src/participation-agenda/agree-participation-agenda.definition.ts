import {
  participationAgendaDecider,
  participationAgendaStreamId,
  type AgreeParticipationAgenda,
  type ParticipationAgendaEvent,
  type ParticipationAgendaState,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { bodyMemberMustActForBody } from '../participation-body/body-membership';
import { bodyOfAgenda } from './participation-agenda.cross-checks';

/**
 * Each side agrees the agenda once (seed 000, 7; seed 004, "werkagenda"): an official for the
 * municipality, the secretary or a current member for the body.
 */
export const agreeParticipationAgenda: CommandDefinition<
  AgreeParticipationAgenda,
  ParticipationAgendaEvent,
  ParticipationAgendaState
> = {
  operationId: 'AgreeParticipationAgenda',
  decider: participationAgendaDecider,
  creates: false,
  streamId: (data) => participationAgendaStreamId(data.agendaId),
  resultId: (data) => data.agendaId,
  /** An agenda acts where its body serves; an agenda not drafted names none (404 from the decider). */
  municipalities: async (_data, state, streams) =>
    state.status === 'none' ? [] : (await bodyOfAgenda(streams, state)).municipalityCodes,
  crossCheck: async (_data, state, streams, actor) => {
    if (state.status === 'none') return;
    await bodyMemberMustActForBody(streams, state.bodyId, actor, 'speak-for-body');
  },
};

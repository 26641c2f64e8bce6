import {
  participationAgendaDecider,
  participationAgendaStreamId,
  type DraftParticipationAgenda,
  type ParticipationAgendaEvent,
  type ParticipationAgendaState,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { referencedBody } from '../participation-body/participation-body.cross-checks';

/**
 * One agenda per body per year is not checked here: streams cannot be listed, so it needs a
 * read model of agendas by body and year (issue 4). The stream id stays the client's `id`.
 */
export const draftParticipationAgenda: CommandDefinition<
  DraftParticipationAgenda,
  ParticipationAgendaEvent,
  ParticipationAgendaState
> = {
  operationId: 'DraftParticipationAgenda',
  decider: participationAgendaDecider,
  creates: true,
  streamId: (data) => participationAgendaStreamId(data.agendaId),
  resultId: (data) => data.agendaId,
  /** An agenda acts where its body serves; an unknown body is refused by name. */
  municipalities: async (data, _state, streams) =>
    (await referencedBody(streams, data.bodyId, 'bodyId')).municipalityCodes,
};

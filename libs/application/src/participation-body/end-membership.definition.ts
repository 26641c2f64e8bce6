import {
  participationBodyDecider,
  participationBodyStreamId,
  type EndMembership,
  type ParticipationBodyEvent,
  type ParticipationBodyState,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { municipalitiesOfBody } from './body-municipalities';

export const endMembership: CommandDefinition<EndMembership, ParticipationBodyEvent, ParticipationBodyState> = {
  operationId: 'EndMembership',
  decider: participationBodyDecider,
  creates: false,
  streamId: (data) => participationBodyStreamId(data.bodyId),
  resultId: (data) => data.memberId,
  municipalities: (_data, state) => municipalitiesOfBody(state),
};

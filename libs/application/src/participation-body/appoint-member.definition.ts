import {
  participationBodyDecider,
  participationBodyStreamId,
  type AppointMember,
  type ParticipationBodyEvent,
  type ParticipationBodyState,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { municipalitiesOfBody } from './body-municipalities';

export const appointMember: CommandDefinition<AppointMember, ParticipationBodyEvent, ParticipationBodyState> = {
  operationId: 'AppointMember',
  decider: participationBodyDecider,
  creates: false,
  streamId: (data) => participationBodyStreamId(data.bodyId),
  resultId: (data) => data.memberId,
  municipalities: (_data, state) => municipalitiesOfBody(state),
};

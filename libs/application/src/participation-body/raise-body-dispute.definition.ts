import {
  participationBodyDecider,
  participationBodyStreamId,
  type ParticipationBodyEvent,
  type ParticipationBodyState,
  type RaiseBodyDispute,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { municipalitiesOfBody } from './body-municipalities';
import { bodyMemberMustActForBody } from './body-membership';

/** Either side raises it: an official, or the body's secretary or a current member. */
export const raiseBodyDispute: CommandDefinition<RaiseBodyDispute, ParticipationBodyEvent, ParticipationBodyState> = {
  operationId: 'RaiseBodyDispute',
  decider: participationBodyDecider,
  creates: false,
  streamId: (data) => participationBodyStreamId(data.bodyId),
  resultId: (data) => data.disputeId,
  municipalities: (_data, state) => municipalitiesOfBody(state),
  crossCheck: (data, _state, streams, actor) => bodyMemberMustActForBody(streams, data.bodyId, actor, 'speak-for-body'),
};

import {
  participationBodyDecider,
  participationBodyStreamId,
  type ParticipationBodyEvent,
  type ParticipationBodyState,
  type ResolveBodyDispute,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { municipalitiesOfBody } from './body-municipalities';

/** Settled by the dispute committee of a municipality the body serves. */
export const resolveBodyDispute: CommandDefinition<ResolveBodyDispute, ParticipationBodyEvent, ParticipationBodyState> =
  {
    operationId: 'ResolveBodyDispute',
    decider: participationBodyDecider,
    creates: false,
    streamId: (data) => participationBodyStreamId(data.bodyId),
    resultId: (data) => data.disputeId,
    municipalities: (_data, state) => municipalitiesOfBody(state),
  };

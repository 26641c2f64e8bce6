import {
  participationBodyDecider,
  participationBodyStreamId,
  type ParticipationBodyEvent,
  type ParticipationBodyState,
  type RecordSelfEvaluation,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { municipalitiesOfBody } from './body-municipalities';

export const recordSelfEvaluation: CommandDefinition<
  RecordSelfEvaluation,
  ParticipationBodyEvent,
  ParticipationBodyState
> = {
  operationId: 'RecordSelfEvaluation',
  decider: participationBodyDecider,
  creates: false,
  streamId: (data) => participationBodyStreamId(data.bodyId),
  resultId: (data) => data.bodyId,
  municipalities: (_data, state) => municipalitiesOfBody(state),
};

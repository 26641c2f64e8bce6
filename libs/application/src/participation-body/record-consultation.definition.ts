import {
  participationBodyDecider,
  participationBodyStreamId,
  type ParticipationBodyEvent,
  type ParticipationBodyState,
  type RecordConsultation,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { municipalitiesOfBody } from './body-municipalities';

export const recordConsultation: CommandDefinition<RecordConsultation, ParticipationBodyEvent, ParticipationBodyState> =
  {
    operationId: 'RecordConsultation',
    decider: participationBodyDecider,
    creates: false,
    streamId: (data) => participationBodyStreamId(data.bodyId),
    resultId: (data) => data.consultationId,
    municipalities: (_data, state) => municipalitiesOfBody(state),
  };

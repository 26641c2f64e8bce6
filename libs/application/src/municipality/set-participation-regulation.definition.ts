import {
  municipalityDecider,
  municipalityStreamId,
  type MunicipalityEvent,
  type MunicipalityState,
  type SetParticipationRegulation,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';

/** The regulation belongs to the municipality's own stream; one not registered is the decider's 404. */
export const setParticipationRegulation: CommandDefinition<
  SetParticipationRegulation,
  MunicipalityEvent,
  MunicipalityState
> = {
  operationId: 'SetParticipationRegulation',
  decider: municipalityDecider,
  creates: false,
  streamId: (data) => municipalityStreamId(data.code),
  resultId: (data) => data.code,
  municipalities: (data) => [data.code],
};

import {
  municipalityDecider,
  municipalityStreamId,
  type MunicipalityEvent,
  type MunicipalityState,
  type RegisterMunicipality,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';

export const registerMunicipality: CommandDefinition<RegisterMunicipality, MunicipalityEvent, MunicipalityState> = {
  operationId: 'RegisterMunicipality',
  decider: municipalityDecider,
  creates: true,
  streamId: (data) => municipalityStreamId(data.code),
  resultId: (data) => data.code,
  municipalities: (data) => [data.code],
};

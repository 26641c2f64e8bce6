import {
  participationBodyDecider,
  participationBodyStreamId,
  type EstablishParticipationBody,
  type ParticipationBodyEvent,
  type ParticipationBodyState,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { registeredMunicipalitiesMustExist } from '../municipality/municipality.cross-checks';

export const establishParticipationBody: CommandDefinition<
  EstablishParticipationBody,
  ParticipationBodyEvent,
  ParticipationBodyState
> = {
  operationId: 'EstablishParticipationBody',
  decider: participationBodyDecider,
  creates: true,
  streamId: (data) => participationBodyStreamId(data.bodyId),
  resultId: (data) => data.bodyId,
  municipalities: (data) => data.municipalityCodes,
  crossCheck: (data, _state, streams) =>
    registeredMunicipalitiesMustExist(streams, data.municipalityCodes, 'municipalityCodes'),
};

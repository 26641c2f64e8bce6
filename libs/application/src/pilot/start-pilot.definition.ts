import { pilotDecider, pilotStreamId, type PilotEvent, type PilotState, type StartPilot } from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { referencedBody } from '../participation-body/participation-body.cross-checks';

export const startPilot: CommandDefinition<StartPilot, PilotEvent, PilotState> = {
  operationId: 'StartPilot',
  decider: pilotDecider,
  creates: true,
  streamId: (data) => pilotStreamId(data.pilotId),
  resultId: (data) => data.pilotId,
  /** A pilot acts wherever its bodies serve; unknown bodies are refused by name. */
  municipalities: async (data, _state, streams) => {
    const codes = new Set<string>();
    for (const [index, bodyId] of data.bodyIds.entries()) {
      const body = await referencedBody(streams, bodyId, `bodyIds[${index}]`);
      body.municipalityCodes.forEach((code) => codes.add(code));
    }
    return [...codes];
  },
};

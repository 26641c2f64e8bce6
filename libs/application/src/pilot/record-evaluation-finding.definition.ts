import { pilotDecider, pilotStreamId, type PilotEvent, type PilotState, type RecordEvaluationFinding } from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { referencedBody } from '../participation-body/participation-body.cross-checks';

/** An evaluator records a finding on a pilot of the municipalities its bodies serve. */
export const recordEvaluationFinding: CommandDefinition<RecordEvaluationFinding, PilotEvent, PilotState> = {
  operationId: 'RecordEvaluationFinding',
  decider: pilotDecider,
  creates: false,
  streamId: (data) => pilotStreamId(data.pilotId),
  resultId: (data) => data.findingId,
  /** A pilot acts wherever its bodies serve, as when it started; a pilot not started names none (404). */
  municipalities: async (_data, state, streams) => {
    if (state.status === 'none') return [];
    const codes = new Set<string>();
    for (const bodyId of state.bodyIds) {
      (await referencedBody(streams, bodyId, 'pilotId')).municipalityCodes.forEach((code) => codes.add(code));
    }
    return [...codes];
  },
};

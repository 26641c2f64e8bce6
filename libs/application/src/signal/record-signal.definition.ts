import { signalDecider, signalStreamId, type RecordSignal, type SignalEvent, type SignalState } from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { bodyMustServe, referencedBody } from '../participation-body/participation-body.cross-checks';

export const recordSignal: CommandDefinition<RecordSignal, SignalEvent, SignalState> = {
  operationId: 'RecordSignal',
  decider: signalDecider,
  creates: true,
  streamId: (data) => signalStreamId(data.signalId),
  resultId: (data) => data.signalId,
  municipalities: (data) => [data.municipalityCode],
  /** A body records signals only where it serves. */
  crossCheck: async (data, _state, streams) => {
    const body = await referencedBody(streams, data.bodyId, 'bodyId');
    bodyMustServe(body, data.municipalityCode, 'municipalityCode');
  },
};

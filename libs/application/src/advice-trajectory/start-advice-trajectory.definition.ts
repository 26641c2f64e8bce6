import {
  adviceTrajectoryDecider,
  adviceTrajectoryStreamId,
  type AdviceTrajectoryEvent,
  type AdviceTrajectoryState,
  type StartAdviceTrajectory,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { bodyMustServe, referencedBody } from '../participation-body/participation-body.cross-checks';

export const startAdviceTrajectory: CommandDefinition<
  StartAdviceTrajectory,
  AdviceTrajectoryEvent,
  AdviceTrajectoryState
> = {
  operationId: 'StartAdviceTrajectory',
  decider: adviceTrajectoryDecider,
  creates: true,
  streamId: (data) => adviceTrajectoryStreamId(data.trajectoryId),
  resultId: (data) => data.trajectoryId,
  /** Officials ask for advice (solicited); body members advise unasked (unsolicited). */
  permission: (data) => `StartAdviceTrajectory:${data.kind}`,
  municipalities: (data) => [data.municipalityCode],
  crossCheck: async (data, _state, streams) => {
    const body = await referencedBody(streams, data.bodyId, 'bodyId');
    bodyMustServe(body, data.municipalityCode, 'bodyId');
  },
};

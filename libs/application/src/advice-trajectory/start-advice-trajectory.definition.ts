import {
  adviceTrajectoryDecider,
  adviceTrajectoryStreamId,
  type AdviceTrajectoryEvent,
  type AdviceTrajectoryState,
  type StartAdviceTrajectory,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { bodyMemberMustActForBody } from '../participation-body/body-membership';
import { addressedMunicipalitiesMustBeServed } from './advice-trajectory.cross-checks';

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
  /** Regional advice: whoever acts for one of the addressed municipalities may ask or advise. */
  municipalities: (data) => (data.addressedTo?.length ? data.addressedTo : [data.municipalityCode]),
  crossCheck: async (data, _state, streams, actor) => {
    await addressedMunicipalitiesMustBeServed(streams, data);
    if (data.kind === 'unsolicited') {
      await bodyMemberMustActForBody(streams, data.bodyId, actor, 'start-unsolicited-advice');
    }
  },
};

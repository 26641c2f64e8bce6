import {
  adviceTrajectoryDecider,
  adviceTrajectoryStreamId,
  type AdviceTrajectoryEvent,
  type AdviceTrajectoryState,
  type WithdrawTrajectory,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { bodyMemberMustActForBody } from '../participation-body/body-membership';
import { trajectoryMunicipalities } from './advice-trajectory.cross-checks';

/** Who may withdraw what is the domain's (withdrawal.rules.ts); who speaks for the body is checked here. */
export const withdrawTrajectory: CommandDefinition<WithdrawTrajectory, AdviceTrajectoryEvent, AdviceTrajectoryState> = {
  operationId: 'WithdrawTrajectory',
  decider: adviceTrajectoryDecider,
  creates: false,
  streamId: (data) => adviceTrajectoryStreamId(data.trajectoryId),
  resultId: (data) => data.trajectoryId,
  municipalities: (_data, state) => trajectoryMunicipalities(state),
  crossCheck: async (_data, state, streams, actor) => {
    if (state.status === 'none') return;
    await bodyMemberMustActForBody(streams, state.bodyId, actor, 'withdraw-advice');
  },
};

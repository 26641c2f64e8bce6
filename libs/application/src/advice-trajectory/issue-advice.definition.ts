import {
  adviceTrajectoryDecider,
  adviceTrajectoryStreamId,
  type AdviceTrajectoryEvent,
  type AdviceTrajectoryState,
  type IssueAdvice,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { bodyMemberMustActForBody } from '../participation-body/body-membership';
import { responseTermOf, trajectoryMunicipalities } from './advice-trajectory.cross-checks';

export const issueAdvice: CommandDefinition<IssueAdvice, AdviceTrajectoryEvent, AdviceTrajectoryState> = {
  operationId: 'IssueAdvice',
  decider: adviceTrajectoryDecider,
  creates: false,
  streamId: (data) => adviceTrajectoryStreamId(data.trajectoryId),
  resultId: (data) => data.trajectoryId,
  municipalities: (_data, state) => trajectoryMunicipalities(state),
  /** Advice is issued by members of that body, not by the flexible shell (seed 000, 2). */
  crossCheck: async (_data, state, streams, actor) => {
    if (state.status === 'none') return;
    await bodyMemberMustActForBody(streams, state.bodyId, actor, 'issue-advice');
  },
  /** Without a deadline of its own, the college's answer is due by the regulation's term (seed 004). */
  complete: async (data, state, streams) => {
    const responseTermDays = await responseTermOf(streams, state);
    return responseTermDays === undefined ? data : { ...data, responseTermDays };
  },
};

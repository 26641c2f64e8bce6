import type { RecordSelfEvaluation } from './participation-body.commands';
import type { SelfEvaluationRecorded } from './participation-body.events';
import {
  oneSelfEvaluationPerYear,
  selfEvaluationMustBeAboutAYearThatHasBegun,
  selfEvaluationNeedsASummary,
} from './participation-body.meeting.rules';
import { participationBodyMustExist } from './participation-body.rules';
import type { ParticipationBodyState } from './participation-body.state';

export function decideRecordSelfEvaluation(
  command: RecordSelfEvaluation,
  state: ParticipationBodyState,
): SelfEvaluationRecorded[] {
  const { bodyId, year, summary } = command.data;
  participationBodyMustExist(state);
  oneSelfEvaluationPerYear(state, year);
  selfEvaluationMustBeAboutAYearThatHasBegun(year, command.context.now);
  selfEvaluationNeedsASummary(summary);
  return [{ type: 'SelfEvaluationRecorded', data: { bodyId, year, summary: summary.trim() } }];
}

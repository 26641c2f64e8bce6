import type { RecordEvaluationFinding } from './pilot.commands';
import type { EvaluationFindingRecorded } from './pilot.events';
import {
  findingMustBeRecordedDuringOrAfterThePilot,
  findingMustNameAKnownTopic,
  findingMustNotBeRecordedYet,
  findingMustSaySomething,
  pilotMustExist,
} from './evaluation-finding.rules';
import type { PilotState } from './pilot.state';

/** "Evaluation is more than numbers" (seed 004, "Evaluatie"): evaluators record findings beside the yardsticks. */
export function decideRecordEvaluationFinding(
  command: RecordEvaluationFinding,
  state: PilotState,
): EvaluationFindingRecorded[] {
  const { pilotId, findingId } = command.data;
  pilotMustExist(state);
  findingMustNotBeRecordedYet(state, findingId);
  const topic = findingMustNameAKnownTopic(command.data.topic);
  const finding = findingMustSaySomething(command.data.finding);
  const recordedOn = findingMustBeRecordedDuringOrAfterThePilot(state, command.data.recordedOn, command.context.now);
  return [{ type: 'EvaluationFindingRecorded', data: { pilotId, findingId, topic, finding, recordedOn } }];
}

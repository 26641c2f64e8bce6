import type { CorrectCollegeResponse } from './advice-trajectory.commands';
import type { CollegeResponseCorrected } from './advice-trajectory.events';
import { trajectoryMustBeOngoing } from './advice-trajectory.rules';
import type { AdviceTrajectoryState } from './advice-trajectory.state';
import { everyRecommendationMustBeAnswered } from './advice-content.rules';
import { textMustNotBeBlank } from './input.rules';
import { collegeOfMustHaveResponded, municipalityMustBeAddressed, namesTheMunicipality } from './regional.rules';

/**
 * A mistaken college response is corrected, never rewritten: the correction answers every
 * recommendation again, with the same rules, and says why.
 */
export function decideCorrectCollegeResponse(
  command: CorrectCollegeResponse,
  state: AdviceTrajectoryState,
): CollegeResponseCorrected[] {
  const { data } = command;
  trajectoryMustBeOngoing(state);
  const municipalityCode = municipalityMustBeAddressed(state, data.municipalityCode);
  const { response, advice } = collegeOfMustHaveResponded(state, municipalityCode, "Correcting the college's response");
  const reason = textMustNotBeBlank(
    data.reason,
    'reason',
    'ADVICE_TRAJECTORY.CORRECTION_REASON_MISSING',
    "A correction of the college's response says what was mistaken.",
  );
  const decisions = everyRecommendationMustBeAnswered(advice, data.decisions);
  return [
    {
      type: 'CollegeResponseCorrected',
      data: {
        trajectoryId: data.trajectoryId,
        adviceVersion: response.adviceVersion,
        reason,
        decisions,
        ...(namesTheMunicipality(state) ? { municipalityCode } : {}),
      },
    },
  ];
}

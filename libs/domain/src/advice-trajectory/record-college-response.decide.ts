import type { RecordCollegeResponse } from './advice-trajectory.commands';
import type { CollegeResponseRecorded } from './advice-trajectory.events';
import { adviceMustAwaitResponse, trajectoryMustBeOngoing } from './advice-trajectory.rules';
import type { AdviceTrajectoryState } from './advice-trajectory.state';
import { everyRecommendationMustBeAnswered } from './advice-content.rules';
import { dateMustHavePassed, dateMustNotPrecede, optionalText } from './input.rules';
import { collegeOfMustNotHaveRespondedYet, municipalityMustBeAddressed, namesTheMunicipality } from './regional.rules';

/** Each addressed college answers once; the trajectory is answered when every one has. */
export function decideRecordCollegeResponse(
  command: RecordCollegeResponse,
  state: AdviceTrajectoryState,
): CollegeResponseRecorded[] {
  const { data, context } = command;
  trajectoryMustBeOngoing(state);
  adviceMustAwaitResponse(state);
  const municipalityCode = municipalityMustBeAddressed(state, data.municipalityCode);
  collegeOfMustNotHaveRespondedYet(state, municipalityCode);
  const respondedOn = dateMustHavePassed(data.respondedOn, context.now, 'respondedOn');
  dateMustNotPrecede(
    respondedOn,
    state.advice.issuedOn,
    'respondedOn',
    `The college cannot respond before the advice was issued (${state.advice.issuedOn}).`,
  );
  const decisions = everyRecommendationMustBeAnswered(state.advice, data.decisions);
  const documentRef = optionalText(data.documentRef);
  return [
    {
      type: 'CollegeResponseRecorded',
      data: {
        trajectoryId: data.trajectoryId,
        adviceVersion: state.advice.version,
        respondedOn,
        decisions,
        ...(documentRef === undefined ? {} : { documentRef }),
        ...(namesTheMunicipality(state) ? { municipalityCode } : {}),
      },
    },
  ];
}

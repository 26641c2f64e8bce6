import { DomainError, ensure, MUNICIPALITY_CODE } from '../kit';
import type { CollegeResponse, CurrentAdvice, OngoingTrajectory } from './advice-trajectory.state';

/*
 * "Regional work is regional" (shared/domain.md, second reading; seed 001, 4.3): one trajectory
 * can be addressed to several municipalities; each college answers, each council decides on its
 * own proposal, and evidence may come from any of them.
 */

/**
 * The municipalities the advice is addressed to: the trajectory's own when none are named;
 * otherwise valid CBS codes, each once, including the trajectory's own.
 */
export function addressedMunicipalitiesMustIncludeTheOwn(
  municipalityCode: string,
  addressedTo: readonly string[] | undefined,
): string[] {
  const named: readonly string[] = addressedTo ?? [];
  if (named.length === 0) return [municipalityCode];
  named.forEach((code, index) => {
    const field = `addressedTo[${index}]`;
    ensure(
      typeof code === 'string' && MUNICIPALITY_CODE.test(code),
      () =>
        new DomainError(
          'ADVICE_TRAJECTORY.MUNICIPALITY_CODE_INVALID',
          'A municipality is identified by its CBS code: GM followed by four digits.',
          'rule',
          field,
        ),
    );
    ensure(
      named.indexOf(code) === index,
      () =>
        new DomainError(
          'ADVICE_TRAJECTORY.MUNICIPALITY_REPEATED',
          `Municipality ${code} is named more than once.`,
          'rule',
          field,
        ),
    );
  });
  ensure(
    named.includes(municipalityCode),
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.OWN_MUNICIPALITY_NOT_ADDRESSED',
        `The advice is addressed to the trajectory's own municipality ${municipalityCode} as well.`,
        'rule',
        'addressedTo',
      ),
  );
  return [...named];
}

/**
 * The municipality whose college or council acts: named when the advice is addressed to several,
 * and one of those addressed; the only one otherwise.
 */
export function municipalityMustBeAddressed(state: OngoingTrajectory, municipalityCode: string | undefined): string {
  if (municipalityCode === undefined || municipalityCode === null) {
    ensure(
      state.addressedTo.length === 1,
      () =>
        new DomainError(
          'ADVICE_TRAJECTORY.MUNICIPALITY_CODE_REQUIRED',
          `This advice is addressed to ${state.addressedTo.join(', ')}; name the municipality whose college or council this is.`,
          'rule',
          'municipalityCode',
        ),
    );
    return state.addressedTo[0] as string;
  }
  ensure(
    state.addressedTo.includes(municipalityCode),
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.MUNICIPALITY_NOT_ADDRESSED',
        `The advice is not addressed to municipality ${municipalityCode}.`,
        'rule',
        'municipalityCode',
      ),
  );
  return municipalityCode;
}

/** Whether events of this trajectory name the municipality: only when it is addressed to several. */
export function namesTheMunicipality(state: OngoingTrajectory): boolean {
  return state.addressedTo.length > 1;
}

export function responseOf(state: OngoingTrajectory, municipalityCode: string): CollegeResponse | undefined {
  return state.responses.find((r) => r.municipalityCode === municipalityCode);
}

/** `step` completes "… comes after the college's written response"; returns that college's response and the advice. */
export function collegeOfMustHaveResponded(
  state: OngoingTrajectory,
  municipalityCode: string,
  step: string,
): { response: CollegeResponse; advice: CurrentAdvice } {
  const response = responseOf(state, municipalityCode);
  const { advice } = state;
  ensure(
    response !== undefined && advice !== null,
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.RESPONSE_NOT_RECORDED',
        namesTheMunicipality(state)
          ? `${step} comes after the written response of the college of ${municipalityCode}, which is not recorded yet.`
          : `${step} comes after the college's written response to the advice, which is not recorded yet.`,
        'conflict',
      ),
  );
  return { response, advice };
}

export function collegeOfMustNotHaveRespondedYet(state: OngoingTrajectory, municipalityCode: string): void {
  ensure(
    responseOf(state, municipalityCode) === undefined,
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.RESPONSE_ALREADY_RECORDED',
        namesTheMunicipality(state)
          ? `The response of the college of ${municipalityCode} has already been recorded; correct it instead.`
          : "The college's response to this advice has already been recorded.",
        'conflict',
      ),
  );
}

/**
 * To wire (application): every addressed municipality is one the trajectory's body serves,
 * read from the participation body's stream.
 */
export function addressedMunicipalitiesMustBeServedByTheBody(
  addressedTo: readonly string[],
  servedByTheBody: readonly string[],
): void {
  addressedTo.forEach((code, index) =>
    ensure(
      servedByTheBody.includes(code),
      () =>
        new DomainError(
          'ADVICE_TRAJECTORY.MUNICIPALITY_NOT_SERVED',
          `The participation body does not serve municipality ${code}.`,
          'rule',
          `addressedTo[${index}]`,
        ),
    ),
  );
}

/**
 * To wire (application, LinkSignal and LinkTemporaryTable): the signal, collective signal or
 * table was recorded in one of the municipalities the advice is addressed to.
 */
export function evidenceMustComeFromAnAddressedMunicipality(
  state: OngoingTrajectory,
  evidenceMunicipalityCode: string,
  field: string,
): void {
  ensure(
    state.addressedTo.includes(evidenceMunicipalityCode),
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.EVIDENCE_OUTSIDE_ADDRESSED_MUNICIPALITIES',
        `This was recorded in municipality ${evidenceMunicipalityCode}, to which the advice is not addressed.`,
        'rule',
        field,
      ),
  );
}

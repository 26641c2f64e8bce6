import { DomainError, ensure, MUNICIPALITY_CODE } from '../kit';
import { DEFAULT_PARTICIPATION_REGULATION, type ParticipationRegulation } from './municipality.regulation';

export function municipalityMustNotBeRegisteredYet(registered: boolean): void {
  ensure(
    !registered,
    () =>
      new DomainError('MUNICIPALITY.ALREADY_REGISTERED', 'This municipality has already been registered.', 'conflict'),
  );
}

export function municipalityCodeMustBeACbsCode(code: string): void {
  ensure(
    typeof code === 'string' && MUNICIPALITY_CODE.test(code),
    () =>
      new DomainError(
        'MUNICIPALITY.CODE_INVALID',
        'A municipality is registered under its CBS code: GM followed by four digits, such as GM0375.',
        'rule',
        'code',
      ),
  );
}

export function municipalityNeedsAName(name: string): void {
  ensure(
    typeof name === 'string' && name.trim().length > 0,
    () => new DomainError('MUNICIPALITY.NAME_MISSING', 'A municipality needs a name.', 'rule', 'name'),
  );
}

export function municipalityMustBeRegistered(registered: boolean): void {
  ensure(
    registered,
    () => new DomainError('MUNICIPALITY.NOT_FOUND', 'This municipality has not been registered.', 'not-found'),
  );
}

/** Each term and norm is a whole number, one or more; one left out takes its default. */
export function regulationMustUseWholeNumbers(given: Partial<ParticipationRegulation>): ParticipationRegulation {
  const regulation = { ...DEFAULT_PARTICIPATION_REGULATION };
  (Object.keys(DEFAULT_PARTICIPATION_REGULATION) as (keyof ParticipationRegulation)[]).forEach((field) => {
    const value = given[field];
    if (value === undefined || value === null) return;
    ensure(
      Number.isInteger(value) && value > 0,
      () =>
        new DomainError(
          'MUNICIPALITY.REGULATION_VALUE_INVALID',
          'A term or norm of the regulation is a whole number, one or more.',
          'rule',
          field,
        ),
    );
    regulation[field] = value;
  });
  return regulation;
}

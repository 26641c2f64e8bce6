import { DomainError, ensure, MUNICIPALITY_CODE } from '../kit';

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

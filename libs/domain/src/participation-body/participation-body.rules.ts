import { DomainError, ensure, MUNICIPALITY_CODE } from '../kit';
import type { EstablishedParticipationBody, ParticipationBodyState } from './participation-body.state';
import type { ParticipationBodyKind } from './participation-body.values';

export function isFilledIn(text: unknown): text is string {
  return typeof text === 'string' && text.trim().length > 0;
}

export function participationBodyMustExist(
  state: ParticipationBodyState,
): asserts state is EstablishedParticipationBody {
  ensure(
    state.status !== 'none',
    () =>
      new DomainError('PARTICIPATION_BODY.NOT_FOUND', 'This participation body has not been established.', 'not-found'),
  );
}

export function participationBodyMustNotExistYet(exists: boolean): void {
  ensure(
    !exists,
    () =>
      new DomainError(
        'PARTICIPATION_BODY.ALREADY_ESTABLISHED',
        'This participation body has already been established.',
        'conflict',
      ),
  );
}

export function participationBodyNeedsAName(name: string): void {
  ensure(
    isFilledIn(name),
    () => new DomainError('PARTICIPATION_BODY.NAME_MISSING', 'A participation body needs a name.', 'rule', 'name'),
  );
}

/** A body serves one or more municipalities; a regional body serves several (seed 001, 4.3). */
export function bodyMustServeMunicipalities(kind: ParticipationBodyKind, codes: readonly string[]): void {
  ensure(
    codes.length > 0,
    () =>
      new DomainError(
        'PARTICIPATION_BODY.MUNICIPALITIES_MISSING',
        'A participation body serves one or more municipalities.',
        'rule',
        'municipalityCodes',
      ),
  );
  codes.forEach((code, index) => {
    const field = `municipalityCodes[${index}]`;
    ensure(
      typeof code === 'string' && MUNICIPALITY_CODE.test(code),
      () =>
        new DomainError(
          'PARTICIPATION_BODY.MUNICIPALITY_CODE_INVALID',
          'A municipality is named by its CBS code: GM followed by four digits, such as GM0375.',
          'rule',
          field,
        ),
    );
    ensure(
      codes.indexOf(code) === index,
      () =>
        new DomainError(
          'PARTICIPATION_BODY.MUNICIPALITY_REPEATED',
          `Municipality ${code} is named more than once.`,
          'rule',
          field,
        ),
    );
  });
  ensure(
    kind !== 'regional-participation-council' || codes.length > 1,
    () =>
      new DomainError(
        'PARTICIPATION_BODY.REGIONAL_BODY_NEEDS_SEVERAL_MUNICIPALITIES',
        'A regional participation council serves two or more municipalities.',
        'rule',
        'municipalityCodes',
      ),
  );
}

export function bodyMustCoverDomains(domains: readonly string[]): void {
  ensure(
    domains.length > 0,
    () =>
      new DomainError(
        'PARTICIPATION_BODY.DOMAINS_MISSING',
        'A participation body advises on one or more domains: Wmo, youth or the Participation Act.',
        'rule',
        'domains',
      ),
  );
  domains.forEach((domain, index) =>
    ensure(
      domains.indexOf(domain) === index,
      () =>
        new DomainError(
          'PARTICIPATION_BODY.DOMAIN_REPEATED',
          `The domain ${domain} is named more than once.`,
          'rule',
          `domains[${index}]`,
        ),
    ),
  );
}

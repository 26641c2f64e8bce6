import { DomainError, ensure, MUNICIPALITY_CODE } from '../kit';

export function clusterMustNotExistYet(exists: boolean): void {
  ensure(
    !exists,
    () => new DomainError('SIGNAL_CLUSTER.ALREADY_EXISTS', 'These signals have already been clustered.', 'conflict'),
  );
}

/** A cluster joins two or more distinct signals into one collective signal. */
export function clusterNeedsTwoOrMoreSignals(signalIds: readonly string[]): void {
  ensure(
    Array.isArray(signalIds) && signalIds.length >= 2,
    () =>
      new DomainError(
        'SIGNAL_CLUSTER.TOO_FEW_SIGNALS',
        'A cluster joins two or more signals into one collective signal.',
        'rule',
        'signalIds',
      ),
  );
  signalIds.forEach((signalId, index) => {
    const field = `signalIds[${index}]`;
    ensure(
      typeof signalId === 'string' && signalId.trim().length > 0,
      () => new DomainError('SIGNAL_CLUSTER.SIGNAL_ID_MISSING', 'Each signal in a cluster is named.', 'rule', field),
    );
    ensure(
      signalIds.indexOf(signalId) === index,
      () => new DomainError('SIGNAL_CLUSTER.SIGNAL_REPEATED', 'Each signal is named once in a cluster.', 'rule', field),
    );
  });
}

export function clusterNeedsATitle(title: string): void {
  ensure(
    typeof title === 'string' && title.trim().length > 0,
    () => new DomainError('SIGNAL_CLUSTER.TITLE_MISSING', 'A cluster of signals needs a title.', 'rule', 'title'),
  );
}

export function municipalityMustBeNamedByCode(municipalityCode: string): void {
  ensure(
    typeof municipalityCode === 'string' && MUNICIPALITY_CODE.test(municipalityCode),
    () =>
      new DomainError(
        'SIGNAL_CLUSTER.MUNICIPALITY_CODE_INVALID',
        'The municipality is named by its CBS code: GM and four digits.',
        'rule',
        'municipalityCode',
      ),
  );
}

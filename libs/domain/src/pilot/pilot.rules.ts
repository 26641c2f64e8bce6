import { DomainError, ensure, isLocalDate } from '../kit';
import type { StartPilot } from './pilot.commands';
import { isShare, isYardstick, type Yardstick } from './yardsticks';

export function pilotMustNotExistYet(exists: boolean): void {
  ensure(!exists, () => new DomainError('PILOT.ALREADY_STARTED', 'This pilot has already been started.', 'conflict'));
}

export function pilotNeedsAName(name: string): void {
  ensure(name.trim().length > 0, () => new DomainError('PILOT.NAME_MISSING', 'A pilot needs a name.', 'rule', 'name'));
}

export function pilotNeedsParticipationBodies(bodyIds: readonly string[]): void {
  ensure(
    bodyIds.length > 0 && new Set(bodyIds).size === bodyIds.length,
    () =>
      new DomainError(
        'PILOT.BODIES_MISSING',
        'A pilot covers one or more participation bodies, each named once.',
        'rule',
        'bodyIds',
      ),
  );
}

export function pilotPeriodMustEndAfterItStarts(startsOn: string, endsOn: string): void {
  ensure(
    isLocalDate(startsOn) && isLocalDate(endsOn) && endsOn > startsOn,
    () => new DomainError('PILOT.PERIOD_INVALID', 'The pilot must end after it starts.', 'rule', 'endsOn'),
  );
}

/** Criteria are set in time, each on a known yardstick, once, with a target it can reach. */
export function criteriaMustUseKnownYardsticks(
  criteria: StartPilot['data']['criteria'],
): { metric: Yardstick; target: number }[] {
  const metrics = criteria.map((c) => c.metric);
  ensure(
    new Set(metrics).size === metrics.length,
    () => new DomainError('PILOT.CRITERION_REPEATED', 'Each yardstick can have one target.', 'rule', 'criteria'),
  );
  return criteria.map(({ metric, target }, index) => {
    const field = `criteria[${index}]`;
    ensure(
      isYardstick(metric),
      () =>
        new DomainError('PILOT.UNKNOWN_YARDSTICK', `'${metric}' is not one of the pilot's yardsticks.`, 'rule', field),
    );
    ensure(
      Number.isFinite(target) && target >= 0 && (!isShare(metric) || target <= 1),
      () =>
        new DomainError(
          'PILOT.TARGET_OUT_OF_RANGE',
          `The target for ${metric} must be ${isShare(metric) ? 'a share between 0 and 1' : 'zero or more'}.`,
          'rule',
          field,
        ),
    );
    return { metric, target };
  });
}

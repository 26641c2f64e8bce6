/** The pilot's yardsticks (shared/api-contract.md); shares are 0–1, the rest counts or days. */
export const YARDSTICKS = [
  'early-involvement-share',
  'client-perspective-share',
  'written-response-share',
  'response-days-median',
  'response-on-time-share',
  'recommendations-adopted-share',
  'recommendations-partially-adopted-share',
  'recommendations-not-adopted-share',
  'not-adopted-with-reasoning-share',
  'attached-to-proposal-share',
  'unsolicited-advice-count',
  'agenda-items-from-signals-count',
  'signals-count',
  'collective-signal-share',
  'signals-closed-with-feedback-share',
  'participants-by-perspective',
  'youth-participants-count',
  'tables-missing-expected-groups-share',
  'recommendations-realised-share',
  'tables-closed-with-waiver-share',
  'alderman-consultations-per-year',
  'advice-on-time-share',
  'follow-up-checkpoints-overdue-count',
  'process-advice-count',
] as const;

export type Yardstick = (typeof YARDSTICKS)[number];

export const YARDSTICK_DIRECTIONS = ['higher-is-better', 'lower-is-better'] as const;
export type YardstickDirection = (typeof YARDSTICK_DIRECTIONS)[number];

/**
 * Which way each yardstick improves. Kept as a full record so a new yardstick cannot be added
 * without deciding its direction: the first version judged "more tables missing groups" as
 * better because a list of exceptions forgot it (shared/domain.md, "Second reading").
 */
const DIRECTIONS: Readonly<Record<Yardstick, YardstickDirection>> = {
  'early-involvement-share': 'higher-is-better',
  'client-perspective-share': 'higher-is-better',
  'written-response-share': 'higher-is-better',
  'response-days-median': 'lower-is-better',
  'response-on-time-share': 'higher-is-better',
  'recommendations-adopted-share': 'higher-is-better',
  'recommendations-partially-adopted-share': 'higher-is-better',
  'recommendations-not-adopted-share': 'lower-is-better',
  'not-adopted-with-reasoning-share': 'higher-is-better',
  'attached-to-proposal-share': 'higher-is-better',
  'unsolicited-advice-count': 'higher-is-better',
  'agenda-items-from-signals-count': 'higher-is-better',
  'signals-count': 'higher-is-better',
  'collective-signal-share': 'higher-is-better',
  'signals-closed-with-feedback-share': 'higher-is-better',
  'participants-by-perspective': 'higher-is-better',
  'youth-participants-count': 'higher-is-better',
  'tables-missing-expected-groups-share': 'lower-is-better',
  'recommendations-realised-share': 'higher-is-better',
  'tables-closed-with-waiver-share': 'lower-is-better',
  'alderman-consultations-per-year': 'higher-is-better',
  'advice-on-time-share': 'higher-is-better',
  'follow-up-checkpoints-overdue-count': 'lower-is-better',
  'process-advice-count': 'higher-is-better',
};

/** Whether a higher or a lower value of the yardstick is better. */
export function directionOf(metric: Yardstick): YardstickDirection {
  return DIRECTIONS[metric];
}

export function isYardstick(value: string): value is Yardstick {
  return (YARDSTICKS as readonly string[]).includes(value);
}

export function isShare(metric: Yardstick): boolean {
  return metric.endsWith('-share');
}

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
] as const;

export type Yardstick = (typeof YARDSTICKS)[number];

export function isYardstick(value: string): value is Yardstick {
  return (YARDSTICKS as readonly string[]).includes(value);
}

export function isShare(metric: Yardstick): boolean {
  return metric.endsWith('-share');
}

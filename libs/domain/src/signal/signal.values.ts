/** Where a signal came in (shared/api-contract.md, `RecordSignal.channel`). */
export const SIGNAL_CHANNELS = [
  'meeting',
  'interview',
  'survey',
  'living-room-talk',
  'social-media',
  'complaint',
  'home-care',
  'platform',
  'flexible-shell',
  'other',
] as const;
export type SignalChannel = (typeof SIGNAL_CHANNELS)[number];

/** The social domain a signal is about. */
export const SIGNAL_DOMAINS = ['wmo', 'youth', 'participation-act'] as const;
export type SignalDomain = (typeof SIGNAL_DOMAINS)[number];

/**
 * How a signal is weighed: an individual complaint is referred on, a collective (structural)
 * signal is taken up by the body ("geen klachtenloket", seed 000_… section 3).
 */
export const SIGNAL_SCOPES = ['individual', 'collective'] as const;
export type SignalScope = (typeof SIGNAL_SCOPES)[number];

export function isSignalScope(value: unknown): value is SignalScope {
  return (SIGNAL_SCOPES as readonly unknown[]).includes(value);
}

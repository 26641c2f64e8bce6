import type { Role } from '#application';
import type {
  ADVICE_KINDS,
  ADVICE_NATURES,
  COLLEGE_DECISIONS,
  COUNCIL_DECISIONS,
  EVALUATION_TOPICS,
  IMPLEMENTATION_STATUSES,
  POLICY_PHASES,
  SIGNAL_CHANNELS,
  SIGNAL_SCOPES,
  SOCIAL_DOMAINS,
  TABLE_FORMS,
  TABLE_GROUPS,
  TABLE_INITIATORS,
  YARDSTICK_DIRECTIONS,
  YARDSTICKS,
} from '#domain';
import type { BrokenLinkReason } from '#event-store';
import type { ADVICE_REGISTER_STATUSES } from '#projections';

type Of<T extends readonly string[]> = Readonly<Record<T[number], string>>;

/** Words for the domain's enumerations, so no page ever shows a kebab-case value. */
export interface Labels {
  readonly role: Readonly<Record<Role, string>>;
  readonly adviceKind: Of<typeof ADVICE_KINDS>;
  /** Whether advice is about the content of a policy or about the process (IssueAdvice.adviceKind). */
  readonly adviceNature: Of<typeof ADVICE_NATURES>;
  readonly adviceStatus: Of<typeof ADVICE_REGISTER_STATUSES>;
  readonly domain: Of<typeof SOCIAL_DOMAINS>;
  readonly policyPhase: Of<typeof POLICY_PHASES>;
  readonly collegeDecision: Of<typeof COLLEGE_DECISIONS>;
  readonly councilDecision: Of<typeof COUNCIL_DECISIONS>;
  readonly implementationStatus: Of<typeof IMPLEMENTATION_STATUSES>;
  readonly channel: Of<typeof SIGNAL_CHANNELS>;
  readonly scope: Of<typeof SIGNAL_SCOPES>;
  readonly signalStatus: Readonly<Record<'recorded' | 'assessed' | 'closed', string>>;
  readonly tableForm: Of<typeof TABLE_FORMS>;
  readonly tableGroup: Of<typeof TABLE_GROUPS>;
  readonly tableInitiator: Of<typeof TABLE_INITIATORS>;
  readonly tableStatus: Readonly<Record<'open' | 'closed', string>>;
  readonly yardstick: Of<typeof YARDSTICKS>;
  readonly yardstickDirection: Of<typeof YARDSTICK_DIRECTIONS>;
  readonly evaluationTopic: Of<typeof EVALUATION_TOPICS>;
  readonly eventType: Readonly<Record<string, string>>;
  readonly brokenLinkReason: Readonly<Record<BrokenLinkReason, string>>;
}

/** The label of `value` in `labels`, or the value itself for one this version does not know. */
export function labelOf<K extends string>(labels: Readonly<Record<K, string>>, value: string | undefined): string {
  if (value === undefined) return '';
  return (labels as Readonly<Record<string, string>>)[value] ?? value;
}

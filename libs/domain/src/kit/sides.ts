import { DomainError, ensure } from './domain-error';

/**
 * The roles an actor acts in (shared/api-contract.md, "Who may do what"). The command context
 * carries the role as a plain string, since the application decides which roles exist; these
 * are the ones the domain's rules know by name. `dispute-committee` is independent of both
 * parties (seed 003, condition 1, "geschillencommissie"). The `data-protection-officer`
 * (functionaris gegevensbescherming, AVG art. 37–39) supervises who read personal data and does
 * nothing else.
 */
export const ACTOR_ROLES = [
  'official',
  'body-member',
  'secretary',
  'evaluator',
  'council-member',
  'admin',
  'dispute-committee',
  'data-protection-officer',
] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

/**
 * The two parties to every agreement and dispute: the municipality (its officials) and the
 * participation body (its secretary or a current member).
 */
export const SIDES = ['municipality', 'body'] as const;
export type Side = (typeof SIDES)[number];

/** The side an actor's role speaks for; none for roles that are no party (evaluator, admin, committee, …). */
export function sideOf(role: string): Side | undefined {
  if (role === 'official') return 'municipality';
  if (role === 'secretary' || role === 'body-member') return 'body';
  return undefined;
}

export function otherSide(side: Side): Side {
  return side === 'municipality' ? 'body' : 'municipality';
}

/**
 * The side the actor speaks for, or a refusal: agreements and disputes are made by the
 * municipality's officials or by the body's secretary and members, nobody else.
 * `prefix` is the stream's error code prefix (`ADVICE_TRAJECTORY`).
 */
export function actorMustBeAParty(role: string, prefix: string): Side {
  const side = sideOf(role);
  ensure(
    side !== undefined,
    () =>
      new DomainError(
        `${prefix}.NOT_A_PARTY`,
        'Only the municipality (an official) or the participation body (its secretary or a member) can do this.',
        'rule',
      ),
  );
  return side;
}

/** Disputes are settled by someone independent of both parties: the dispute committee only. */
export function onlyTheDisputeCommitteeResolvesDisputes(role: string, prefix: string): void {
  ensure(
    role === 'dispute-committee',
    () =>
      new DomainError(
        `${prefix}.DISPUTE_COMMITTEE_ONLY`,
        'A dispute is resolved by the independent dispute committee, not by one of the parties to it.',
        'rule',
      ),
  );
}

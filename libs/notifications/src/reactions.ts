import type { RecordedEvent } from '#event-store';
import type { Context, SealedReporter, SignalContext, TrajectoryContext } from './notification-context';
import type { ResidentKind, StaffEventKind } from './notification-kinds';

/** A topic someone signed in can follow: a trajectory, or a council proposal of one municipality. */
export interface Topic {
  readonly kind: 'trajectory' | 'proposal';
  readonly id: string;
}

/** Staff to tell about an event; the process manager turns these into addresses it knows. */
export interface StaffReaction {
  readonly audience: 'staff';
  readonly kind: StaffEventKind;
  readonly official?: string;
  readonly secretariesOf?: string;
  readonly followersOf: readonly Topic[];
  readonly facts: Facts;
}

/** The reporter to tell, their address still sealed: it is opened only when the mail goes. */
export interface ResidentReaction {
  readonly audience: 'resident';
  readonly kind: ResidentKind;
  readonly reporter: SealedReporter & { readonly ciphertext: string };
  readonly facts: Facts;
}

export type Reaction = StaffReaction | ResidentReaction;

/** What a message's text may name: public facts about policy, never a person. */
export interface Facts {
  readonly path: string;
  readonly subject?: string;
  readonly proposalRef?: string;
  readonly dueOn?: string;
  readonly receivedOn?: string;
  /** The alderman consultation norm's reminders: the body, the year, its count and the norm. */
  readonly bodyName?: string;
  readonly year?: number;
  readonly count?: number;
  readonly norm?: number;
}

/** The contexts an event may need: its own row, and for a linked signal the signal's. */
export type ContextLookup = (key: string) => Context | null;

/** A proposal's topic id: a reference is unique within its municipality only. */
export function proposalTopicId(municipalityCode: string, proposalRef: string): string {
  return `${municipalityCode}:${proposalRef}`;
}

/**
 * Whom an event concerns, and what to tell them: a pure function of the event and what the
 * process manager remembers, so replaying the same event gives the same reactions.
 */
export function reactionsTo(event: RecordedEvent, lookup: ContextLookup): Reaction[] {
  const data = event.data as Record<string, unknown>;
  const trajectory = typeof data['trajectoryId'] === 'string' ? trajectoryOf(lookup, data['trajectoryId']) : null;
  switch (event.type) {
    case 'AdviceIssued':
      return trajectory
        ? [staff('advice-issued', trajectory, String(data['trajectoryId']), { official: true, secretaries: false })]
        : [];
    case 'CollegeResponseRecorded':
      return trajectory ? [staff('response-recorded', trajectory, String(data['trajectoryId']), {})] : [];
    case 'AdviceAttachedToCouncilProposal':
    case 'CouncilDecisionRecorded': {
      if (!trajectory) return [];
      const proposalRef = String(data['proposalRef']);
      const council =
        typeof data['municipalityCode'] === 'string' ? data['municipalityCode'] : trajectory.municipalityCode;
      const kind = event.type === 'CouncilDecisionRecorded' ? 'council-decided' : 'proposal-attached';
      return [
        staff(kind, trajectory, String(data['trajectoryId']), {
          proposal: proposalTopicId(council, proposalRef),
          proposalRef,
        }),
      ];
    }
    case 'DisputeRaised':
    case 'DisputeResolved': {
      if (!trajectory) return [];
      const kind = event.type === 'DisputeRaised' ? 'dispute-raised' : 'dispute-resolved';
      return [staff(kind, trajectory, String(data['trajectoryId']), {})];
    }
    case 'BodyDisputeRaised':
    case 'BodyDisputeResolved':
      return [
        {
          audience: 'staff',
          kind: event.type === 'BodyDisputeRaised' ? 'dispute-raised' : 'dispute-resolved',
          secretariesOf: String(data['bodyId']),
          followersOf: [],
          facts: { path: '/werkruimte' },
        },
      ];
    case 'SignalAssessed':
      return resident('signal-assessed', signalOf(lookup, data['signalId']));
    case 'SignalReferred':
      return resident('signal-referred', signalOf(lookup, data['signalId']));
    case 'SignalClosed':
      return resident('signal-closed', signalOf(lookup, data['signalId']));
    case 'SignalLinked':
      return resident('signal-linked', signalOf(lookup, data['signalId']), String(data['trajectoryId']), trajectory);
    default:
      return [];
  }
}

function staff(
  kind: StaffEventKind,
  trajectory: TrajectoryContext,
  trajectoryId: string,
  options: { official?: boolean; secretaries?: boolean; proposal?: string; proposalRef?: string },
): StaffReaction {
  const official =
    options.official && trajectory.responsibleOfficial ? { official: trajectory.responsibleOfficial } : {};
  const topics: Topic[] = [{ kind: 'trajectory', id: trajectoryId }];
  if (options.proposal) topics.push({ kind: 'proposal', id: options.proposal });
  return {
    audience: 'staff',
    kind,
    ...official,
    // The body issued the advice itself; it hears of what the municipality does with it.
    ...(options.secretaries === false ? {} : { secretariesOf: trajectory.bodyId }),
    followersOf: topics,
    facts: {
      path: `/trajecten/${trajectoryId}`,
      subject: trajectory.subject,
      ...(options.proposalRef ? { proposalRef: options.proposalRef } : {}),
    },
  };
}

function resident(
  kind: ResidentKind,
  signal: SignalContext | null,
  trajectoryId?: string,
  trajectory?: TrajectoryContext | null,
): ResidentReaction[] {
  const reporter = signal?.reporter;
  if (!signal || !reporter || !('ciphertext' in reporter)) return [];
  const path = trajectoryId ? `/trajecten/${trajectoryId}` : `/gemeenten/${signal.municipalityCode}`;
  return [
    {
      audience: 'resident',
      kind,
      reporter,
      facts: { path, receivedOn: signal.receivedOn, ...(trajectory ? { subject: trajectory.subject } : {}) },
    },
  ];
}

function trajectoryOf(lookup: ContextLookup, trajectoryId: string): TrajectoryContext | null {
  const context = lookup(`trajectory:${trajectoryId}`);
  return context?.kind === 'trajectory' ? context : null;
}

function signalOf(lookup: ContextLookup, signalId: unknown): SignalContext | null {
  const context = typeof signalId === 'string' ? lookup(`signal:${signalId}`) : null;
  return context?.kind === 'signal' ? context : null;
}

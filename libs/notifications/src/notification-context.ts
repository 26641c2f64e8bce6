import type { RecordedEvent } from '#event-store';

/** A reporter's details as the sealed event holds them: a ciphertext under their key, or erased. */
export type SealedReporter = { readonly personId: string; readonly ciphertext: string } | { readonly personId: string };

/** What the process manager remembers of a trajectory to know whom its events concern. */
export interface TrajectoryContext {
  readonly kind: 'trajectory';
  readonly municipalityCode: string;
  readonly bodyId: string;
  readonly subject: string;
  readonly responsibleOfficial?: string;
}

/** What it remembers of a signal: where it was raised and its reporter, still sealed. */
export interface SignalContext {
  readonly kind: 'signal';
  readonly municipalityCode: string;
  readonly bodyId: string;
  readonly receivedOn: string;
  readonly reporter?: SealedReporter;
}

/** A body's secretaries, by the login `sub` their appointment named. */
export interface BodyContext {
  readonly kind: 'body';
  readonly name: string;
  readonly secretaries: readonly { readonly memberId: string; readonly subject: string }[];
}

export type Context = TrajectoryContext | SignalContext | BodyContext;

/** The context row an event reads or changes. */
export function contextKeyOf(event: RecordedEvent): string | null {
  const data = event.data as Record<string, unknown>;
  if (event.type.startsWith('Signal') && event.type !== 'SignalLinked' && typeof data['signalId'] === 'string') {
    return `signal:${data['signalId']}`;
  }
  if (typeof data['trajectoryId'] === 'string') return `trajectory:${data['trajectoryId']}`;
  if (typeof data['bodyId'] === 'string') return `body:${data['bodyId']}`;
  return null;
}

/** Folds an event into what is remembered; answers the row unchanged when the event adds nothing. */
export function evolveContext(context: Context | null, event: RecordedEvent): Context | null {
  const data = event.data as Record<string, unknown>;
  switch (event.type) {
    case 'AdviceTrajectoryStarted':
      return {
        kind: 'trajectory',
        municipalityCode: String(data['municipalityCode']),
        bodyId: String(data['bodyId']),
        subject: String(data['subject']),
        ...(typeof data['responsibleOfficial'] === 'string'
          ? { responsibleOfficial: data['responsibleOfficial'] }
          : {}),
      };
    case 'SignalRecorded':
      return {
        kind: 'signal',
        municipalityCode: String(data['municipalityCode']),
        bodyId: String(data['bodyId']),
        receivedOn: String(data['receivedOn']),
        ...(isSealed(data['reporter']) ? { reporter: data['reporter'] } : {}),
      };
    case 'ParticipationBodyEstablished':
      return { kind: 'body', name: String(data['name']), secretaries: [] };
    case 'MemberAppointed':
      if (context?.kind !== 'body' || data['role'] !== 'secretary' || typeof data['subject'] !== 'string') {
        return context;
      }
      return {
        ...context,
        secretaries: [
          ...context.secretaries.filter((s) => s.memberId !== data['memberId']),
          { memberId: String(data['memberId']), subject: data['subject'] },
        ],
      };
    case 'MembershipEnded':
      if (context?.kind !== 'body') return context;
      return { ...context, secretaries: context.secretaries.filter((s) => s.memberId !== data['memberId']) };
    default:
      return context;
  }
}

function isSealed(value: unknown): value is SealedReporter {
  return typeof value === 'object' && value !== null && typeof (value as { personId?: unknown }).personId === 'string';
}

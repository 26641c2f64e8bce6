import type { RecordedEvent } from '#event-store';
import type { Projection } from '../projection';

/** Personal data exactly as stored (sealed); queries open it for the roles that may see it. */
export type SealedValue = unknown;

export interface SignalRegisterDoc {
  readonly signalId: string;
  readonly bodyId: string;
  readonly municipalityCode: string;
  readonly channel: string;
  readonly receivedOn: string;
  readonly themes: readonly string[];
  readonly domain: string;
  readonly area?: string;
  readonly targetGroups: readonly string[];
  readonly summary: SealedValue;
  readonly reporter?: SealedValue;
  readonly status: 'recorded' | 'assessed' | 'closed';
  readonly scope?: 'individual' | 'collective';
  readonly rationale?: SealedValue;
  readonly referredTo?: string;
  readonly referralNote?: SealedValue;
  readonly outcome?: SealedValue;
  readonly feedbackGiven?: boolean;
  readonly clusters: readonly { readonly clusterId: string; readonly title: string }[];
  readonly recordedAt: string;
  readonly closedAt?: string;
}

type Data = Record<string, unknown>;

const EVENT_TYPES = ['SignalRecorded', 'SignalAssessed', 'SignalReferred', 'SignalClosed', 'SignalsClustered'];

/** The signal register: one row per signal, with its assessment, referral, close and clusters. */
export const signalRegister: Projection<SignalRegisterDoc> = {
  name: 'signal-register',
  version: 1,
  eventTypes: EVENT_TYPES,
  keysOf: (event) => {
    const data = event.data as Data;
    return event.type === 'SignalsClustered' ? (data.signalIds as string[]) : [data.signalId as string];
  },
  evolve: (doc, event) => {
    const data = event.data as Data;
    if (event.type === 'SignalRecorded') return recorded(data, event);
    if (!doc) return null;
    switch (event.type) {
      case 'SignalAssessed':
        return {
          ...doc,
          status: 'assessed',
          scope: data.scope as 'individual' | 'collective',
          rationale: data.rationale,
        };
      case 'SignalReferred':
        return { ...doc, referredTo: data.referredTo as string, ...(data.note ? { referralNote: data.note } : {}) };
      case 'SignalClosed':
        return {
          ...doc,
          status: 'closed',
          outcome: data.outcome,
          feedbackGiven: data.feedbackGiven as boolean,
          closedAt: event.recordedAt.toISOString(),
        };
      case 'SignalsClustered': {
        const clusterId = data.clusterId as string;
        const others = doc.clusters.filter((c) => c.clusterId !== clusterId);
        return { ...doc, clusters: [...others, { clusterId, title: data.title as string }] };
      }
      default:
        return doc;
    }
  },
};

function recorded(data: Data, event: RecordedEvent): SignalRegisterDoc {
  return {
    signalId: data.signalId as string,
    bodyId: data.bodyId as string,
    municipalityCode: data.municipalityCode as string,
    channel: data.channel as string,
    receivedOn: data.receivedOn as string,
    themes: data.themes as string[],
    domain: data.domain as string,
    ...(data.area ? { area: data.area as string } : {}),
    targetGroups: (data.targetGroups as string[] | undefined) ?? [],
    summary: data.summary,
    ...(data.reporter ? { reporter: data.reporter } : {}),
    status: 'recorded',
    clusters: [],
    recordedAt: event.recordedAt.toISOString(),
  };
}

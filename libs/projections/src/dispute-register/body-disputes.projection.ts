import type { BodyDisputeSubject, ParticipationBodyEvent, Side } from '#domain';
import type { Projection } from '../projection';

/** A dispute about the body's facilities, agreements or information, not about one trajectory. */
export interface BodyDisputeEntry {
  readonly disputeId: string;
  readonly about: BodyDisputeSubject;
  readonly raisedBy: Side;
  readonly reason: string;
  readonly raisedAt: string;
  readonly resolution?: string;
  readonly resolvedAt?: string;
}

/** One participation body's disputes, with the municipalities it serves (who may read them). */
export interface BodyDisputesDoc {
  readonly bodyId: string;
  readonly municipalityCodes: readonly string[];
  readonly disputes: readonly BodyDisputeEntry[];
}

type Folded = Extract<
  ParticipationBodyEvent,
  { type: 'ParticipationBodyEstablished' | 'BodyDisputeRaised' | 'BodyDisputeResolved' }
>;

const EVENT_TYPES: readonly Folded['type'][] = [
  'ParticipationBodyEstablished',
  'BodyDisputeRaised',
  'BodyDisputeResolved',
];

/**
 * Disputes raised on a participation body's own stream, one row per body. A dispute is known by
 * its id, and a resolution only settles an open one, so an event applied twice changes nothing.
 */
export const bodyDisputes: Projection<BodyDisputesDoc> = {
  name: 'body-disputes',
  version: 2,
  eventTypes: EVENT_TYPES,
  keysOf: (event) => [(event.data as { bodyId: string }).bodyId],
  evolve: (doc, recorded) => {
    const event = { type: recorded.type, data: recorded.data } as Folded;
    const at = recorded.recordedAt.toISOString();
    switch (event.type) {
      case 'ParticipationBodyEstablished':
        return doc ?? { bodyId: event.data.bodyId, municipalityCodes: [...event.data.municipalityCodes], disputes: [] };
      case 'BodyDisputeRaised': {
        const { disputeId, about, raisedBy, reason } = event.data;
        if (!doc || doc.disputes.some((d) => d.disputeId === disputeId)) return doc;
        return { ...doc, disputes: [...doc.disputes, { disputeId, about, raisedBy, reason, raisedAt: at }] };
      }
      case 'BodyDisputeResolved': {
        if (!doc) return doc;
        const { disputeId, resolution } = event.data;
        const disputes = doc.disputes.map((d) =>
          d.disputeId === disputeId && d.resolution === undefined ? { ...d, resolution, resolvedAt: at } : d,
        );
        return { ...doc, disputes };
      }
    }
  },
};

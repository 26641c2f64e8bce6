import { sideOf, type AgendaItemSource, type Side } from '#domain';
import type { Projection } from '../projection';

export interface AgendaItemEntry {
  readonly itemId: string;
  readonly theme: string;
  readonly source: AgendaItemSource;
  /** The signals the item rests on; empty when none were named. */
  readonly signalIds: readonly string[];
  readonly addedAt: string;
  /** The side that added it: an official adds the municipality's items. Absent on items before sides were kept. */
  readonly addedBy?: Side;
}

/** One side's agreement of the agenda as it stood. */
export interface AgendaAgreement {
  readonly side: Side;
  readonly agreedAt: string;
}

export interface AgendaRegisterDoc {
  readonly agendaId: string;
  readonly bodyId: string;
  readonly year: number;
  readonly items: readonly AgendaItemEntry[];
  readonly draftedAt: string;
  /**
   * The sides that agreed the agenda since its last item was added; agreed when both have.
   * Absent on rows folded before agreements were kept (a rebuild fills it in).
   */
  readonly agreements?: readonly AgendaAgreement[];
}

type Data = Record<string, unknown>;

/**
 * The participation agendas: one row per agenda with its items in the order added, and the
 * signals each rests on. Themes are about policy; nothing here describes a person.
 */
export const agendaRegister: Projection<AgendaRegisterDoc> = {
  name: 'agenda-register',
  version: 2,
  eventTypes: ['ParticipationAgendaDrafted', 'AgendaItemAdded', 'ParticipationAgendaAgreed'],
  keysOf: (event) => [(event.data as Data).agendaId as string],
  evolve: (doc, event) => {
    const data = event.data as Data;
    switch (event.type) {
      case 'ParticipationAgendaDrafted':
        // Drafted once; a replay keeps the items already folded in.
        return {
          agendaId: data.agendaId as string,
          bodyId: data.bodyId as string,
          year: data.year as number,
          items: doc?.items ?? [],
          draftedAt: doc?.draftedAt ?? event.recordedAt.toISOString(),
          agreements: doc?.agreements ?? [],
        };
      case 'AgendaItemAdded': {
        if (!doc) return null;
        const itemId = data.itemId as string;
        if (doc.items.some((item) => item.itemId === itemId)) return doc;
        const item: AgendaItemEntry = {
          itemId,
          theme: data.theme as string,
          source: data.source as AgendaItemSource,
          signalIds: [...((data.signalIds as string[] | undefined) ?? [])],
          addedAt: event.recordedAt.toISOString(),
          ...addedBy(event.metadata.actor.role),
        };
        // A new item needs both sides' agreement again.
        return { ...doc, items: [...doc.items, item], agreements: [] };
      }
      case 'ParticipationAgendaAgreed': {
        if (!doc) return null;
        const side = data.agreedBy as Side;
        const agreements = doc.agreements ?? [];
        if (agreements.some((a) => a.side === side)) return doc;
        return { ...doc, agreements: [...agreements, { side, agreedAt: event.recordedAt.toISOString() }] };
      }
      default:
        return doc;
    }
  },
};

function addedBy(role: string): { addedBy?: Side } {
  const side = sideOf(role);
  return side ? { addedBy: side } : {};
}

/** Agreed when both the municipality and the body agreed the agenda as it now stands. */
export function isAgreed(doc: AgendaRegisterDoc): boolean {
  const sides = new Set((doc.agreements ?? []).map((a) => a.side));
  return sides.has('municipality') && sides.has('body');
}

/** An item that came from residents' signals: its source says so, or it names the signals that fed it. */
export function isFromSignals(item: AgendaItemEntry): boolean {
  return item.source === 'signal' || item.signalIds.length > 0;
}

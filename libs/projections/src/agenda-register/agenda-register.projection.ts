import type { AgendaItemSource } from '#domain';
import type { Projection } from '../projection';

export interface AgendaItemEntry {
  readonly itemId: string;
  readonly theme: string;
  readonly source: AgendaItemSource;
  /** The signals the item rests on; empty when none were named. */
  readonly signalIds: readonly string[];
  readonly addedAt: string;
}

export interface AgendaRegisterDoc {
  readonly agendaId: string;
  readonly bodyId: string;
  readonly year: number;
  readonly items: readonly AgendaItemEntry[];
  readonly draftedAt: string;
}

type Data = Record<string, unknown>;

/**
 * The participation agendas: one row per agenda with its items in the order added, and the
 * signals each rests on. Themes are about policy; nothing here describes a person.
 */
export const agendaRegister: Projection<AgendaRegisterDoc> = {
  name: 'agenda-register',
  eventTypes: ['ParticipationAgendaDrafted', 'AgendaItemAdded'],
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
        };
        return { ...doc, items: [...doc.items, item] };
      }
      default:
        return doc;
    }
  },
};

/** An item that came from residents' signals: its source says so, or it names the signals that fed it. */
export function isFromSignals(item: AgendaItemEntry): boolean {
  return item.source === 'signal' || item.signalIds.length > 0;
}

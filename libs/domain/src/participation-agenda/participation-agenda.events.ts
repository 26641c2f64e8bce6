import type { DomainEvent, Side } from '../kit';
import type { AgendaItemSource } from './participation-agenda.commands';

export type ParticipationAgendaDrafted = DomainEvent<
  'ParticipationAgendaDrafted',
  {
    readonly agendaId: string;
    readonly bodyId: string;
    readonly year: number;
  }
>;

export type AgendaItemAdded = DomainEvent<
  'AgendaItemAdded',
  {
    readonly agendaId: string;
    readonly itemId: string;
    readonly theme: string;
    readonly source: AgendaItemSource;
    /** The signals the item rests on; empty when none were named. */
    readonly signalIds: readonly string[];
  }
>;

/** One side agrees the agenda as it stands; an item added later needs both sides' agreement again. */
export type ParticipationAgendaAgreed = DomainEvent<
  'ParticipationAgendaAgreed',
  { readonly agendaId: string; readonly agreedBy: Side }
>;

export type ParticipationAgendaEvent = ParticipationAgendaDrafted | AgendaItemAdded | ParticipationAgendaAgreed;

import type { Command } from '../kit';

/** Where an agenda item came from: the municipality, the body itself, residents' signals, or both together. */
export const AGENDA_ITEM_SOURCES = ['municipality', 'body', 'signal', 'joint'] as const;
export type AgendaItemSource = (typeof AGENDA_ITEM_SOURCES)[number];

export type DraftParticipationAgenda = Command<
  'DraftParticipationAgenda',
  {
    readonly agendaId: string;
    readonly bodyId: string;
    readonly year: number;
  }
>;

/**
 * Added by the body's side or by an official (source `municipality`). `signalIds` may name
 * collective signals (clusters) as well as single signals; the application checks they exist.
 */
export type AddAgendaItem = Command<
  'AddAgendaItem',
  {
    readonly agendaId: string;
    readonly itemId: string;
    readonly theme: string;
    readonly source: AgendaItemSource;
    readonly signalIds?: readonly string[];
  }
>;

/**
 * Each side records once that it agrees the agenda (seed 000, 7: "stellen samen een jaaragenda
 * op"; seed 004: the alderman and the core group make the "werkagenda" together).
 */
export type AgreeParticipationAgenda = Command<'AgreeParticipationAgenda', { readonly agendaId: string }>;

export type ParticipationAgendaCommand = DraftParticipationAgenda | AddAgendaItem | AgreeParticipationAgenda;

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

export type ParticipationAgendaCommand = DraftParticipationAgenda | AddAgendaItem;

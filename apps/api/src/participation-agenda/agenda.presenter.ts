import { isAgreed, type AgendaRegisterDoc, type AgendaWithLinks } from '#projections';
import type { AgendaDto, AgendaSummaryDto } from './agenda.response.dto';

/** An agenda in a list: its items counted, and who agreed it. */
export function presentAgendaSummary(doc: AgendaRegisterDoc): AgendaSummaryDto {
  const { agendaId, bodyId, year, items, draftedAt } = doc;
  const agreements = (doc.agreements ?? []).map((a) => ({ ...a }));
  return { id: agendaId, bodyId, year, itemCount: items.length, agreed: isAgreed(doc), agreements, draftedAt };
}

/** An agenda with each item's signals, trajectories and tables: nothing in it describes a person. */
export function presentAgenda(agenda: AgendaWithLinks): AgendaDto {
  const { agendaId, bodyId, year, draftedAt, agreed } = agenda;
  return {
    id: agendaId,
    bodyId,
    year,
    draftedAt,
    agreed,
    agreements: (agenda.agreements ?? []).map((a) => ({ ...a })),
    items: agenda.items.map((item) => ({
      ...item,
      signalIds: [...item.signalIds],
      clusters: item.clusters.map((c) => ({ ...c })),
      signals: item.signals.map((s) => ({ ...s, themes: [...s.themes] })),
      trajectories: item.trajectories.map((t) => ({ ...t })),
      tables: item.tables.map((t) => ({ ...t })),
    })),
  };
}

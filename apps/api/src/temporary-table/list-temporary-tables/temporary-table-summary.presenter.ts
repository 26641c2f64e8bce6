import type { TableRegisterDoc } from '#projections';
import type { TemporaryTableSummaryDto } from './temporary-table-summary.response.dto';

/** A table register row as the register lists it: no personal data at all. */
export function presentTableSummary(doc: TableRegisterDoc): TemporaryTableSummaryDto {
  const { representativeness } = doc;
  return {
    id: doc.tableId,
    municipalityCode: doc.municipalityCode,
    ...(doc.bodyId ? { bodyId: doc.bodyId } : {}),
    theme: doc.theme,
    question: doc.question,
    initiatedBy: doc.initiatedBy,
    form: doc.form,
    status: doc.status,
    ...(doc.plannedUntil ? { plannedUntil: doc.plannedUntil } : {}),
    openedAt: doc.openedAt,
    ...(doc.close ? { closedAt: doc.close.closedAt } : {}),
    expectedGroups: [...representativeness.expected],
    presentGroups: [...representativeness.present],
    missingGroups: [...representativeness.missing],
    participantCount: doc.participants.length,
    sessionCount: doc.sessions.length,
    contributionCount: doc.contributions.length,
    participantsByPerspective: doc.participantsByPerspective.map((c) => ({ ...c })),
    contributionsByPerspective: doc.contributionsByPerspective.map((c) => ({ ...c })),
  };
}

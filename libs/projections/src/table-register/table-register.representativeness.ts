import {
  fold,
  representativeness,
  TABLE_GROUPS,
  temporaryTableDecider,
  type ContributionRecorded,
  type TableGroup,
  type TemporaryTableEvent,
} from '#domain';
import type { PerspectiveCount, TableRegisterDoc } from './table-register.doc';

type Tallied = Omit<
  TableRegisterDoc,
  'representativeness' | 'participantsByPerspective' | 'contributionsByPerspective'
>;

/**
 * The row with its derived figures made afresh from its keyed items, so replaying an event
 * never counts twice. Representativeness is the domain's own rule: the row's items are folded
 * back into the table's state (the rule reads only groups, never personal data).
 */
export function withFigures(row: Tallied): TableRegisterDoc {
  return {
    ...row,
    representativeness: representativeness(fold(temporaryTableDecider, eventsOf(row))),
    participantsByPerspective: countByPerspective(row.participants.map((p) => p.perspective)),
    contributionsByPerspective: countByPerspective(row.contributions.map((c) => c.perspective)),
  };
}

function eventsOf(row: Tallied): TemporaryTableEvent[] {
  const { tableId } = row;
  return [
    {
      type: 'TemporaryTableOpened',
      data: {
        tableId,
        municipalityCode: row.municipalityCode,
        theme: row.theme,
        question: row.question,
        initiatedBy: row.initiatedBy,
        form: row.form,
        expectedGroups: row.expectedGroups,
      },
    },
    ...row.participants.map((p): TemporaryTableEvent => ({
      type: 'ParticipantRegistered',
      data: { tableId, participantId: p.participantId, perspective: p.perspective, consent: true },
    })),
    ...row.sessions.map((s): TemporaryTableEvent => ({
      type: 'SessionHeld',
      data: { tableId, sessionId: s.sessionId, heldOn: s.heldOn, attendance: s.attendance },
    })),
    ...row.contributions.map((c): TemporaryTableEvent => ({
      type: 'ContributionRecorded',
      data: {
        tableId,
        contributionId: c.contributionId,
        perspective: c.perspective,
        // Sealed as stored; the rule never reads it.
        summary: c.summary as ContributionRecorded['data']['summary'],
      },
    })),
  ];
}

/** Counts per perspective, in the order of the groups, leaving out groups with none. */
export function countByPerspective(perspectives: readonly TableGroup[]): PerspectiveCount[] {
  return TABLE_GROUPS.map((perspective) => ({
    perspective,
    count: perspectives.filter((p) => p === perspective).length,
  })).filter((entry) => entry.count > 0);
}

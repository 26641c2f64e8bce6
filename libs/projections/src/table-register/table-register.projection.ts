import type { RecordedEvent } from '#event-store';
import type { Attendance, MissingGroupReasons, TableForm, TableGroup, TableInitiator, TableOutcome } from '#domain';
import type { Projection } from '../projection';
import type { TableRegisterDoc } from './table-register.doc';
import { withFigures } from './table-register.representativeness';

type Data = Record<string, unknown>;

const EVENT_TYPES = [
  'TemporaryTableOpened',
  'ParticipantRegistered',
  'SessionHeld',
  'ContributionRecorded',
  'TemporaryTableClosed',
];

/** Replaces the item with the same key, or adds it at the end: a replayed event never duplicates. */
function upsert<T>(items: readonly T[], item: T, sameKey: (a: T) => boolean): T[] {
  return items.some(sameKey) ? items.map((existing) => (sameKey(existing) ? item : existing)) : [...items, item];
}

/**
 * The table register: one row per temporary table with its participants, sessions,
 * contributions, close and representativeness. Names and contribution summaries stay sealed.
 */
export const tableRegister: Projection<TableRegisterDoc> = {
  name: 'table-register',
  version: 2,
  eventTypes: EVENT_TYPES,
  keysOf: (event) => [(event.data as Data).tableId as string],
  evolve: (doc, event) => {
    const data = event.data as Data;
    if (event.type === 'TemporaryTableOpened') return opened(data, event, doc);
    if (!doc) return null;
    const at = event.recordedAt.toISOString();
    switch (event.type) {
      case 'ParticipantRegistered': {
        const participantId = data.participantId as string;
        const participant = {
          participantId,
          perspective: data.perspective as TableGroup,
          ...(data.ageBand ? { ageBand: data.ageBand as string } : {}),
          ...(data.area ? { area: data.area as string } : {}),
          ...(data.displayName ? { displayName: data.displayName } : {}),
          registeredAt: at,
        };
        const participants = upsert(doc.participants, participant, (p) => p.participantId === participantId);
        return withFigures({ ...doc, participants });
      }
      case 'SessionHeld': {
        const sessionId = data.sessionId as string;
        const session = { sessionId, heldOn: data.heldOn as string, attendance: data.attendance as Attendance };
        return withFigures({ ...doc, sessions: upsert(doc.sessions, session, (s) => s.sessionId === sessionId) });
      }
      case 'ContributionRecorded': {
        const contributionId = data.contributionId as string;
        const contribution = {
          contributionId,
          perspective: data.perspective as TableGroup,
          ...(data.sessionId ? { sessionId: data.sessionId as string } : {}),
          summary: data.summary,
          recordedAt: at,
        };
        const contributions = upsert(doc.contributions, contribution, (c) => c.contributionId === contributionId);
        return withFigures({ ...doc, contributions });
      }
      case 'TemporaryTableClosed':
        return {
          ...doc,
          status: 'closed',
          close: {
            outcome: data.outcome as TableOutcome,
            summary: data.summary as string,
            ...(data.clientPerspectiveWaiver
              ? { clientPerspectiveWaiver: data.clientPerspectiveWaiver as string }
              : {}),
            ...(data.missingGroupReasons
              ? { missingGroupReasons: { ...(data.missingGroupReasons as MissingGroupReasons) } }
              : {}),
            closedAt: at,
          },
        };
      default:
        return doc;
    }
  },
};

/** A new row; opening again (a replay) keeps what the row already folded. */
function opened(data: Data, event: RecordedEvent, doc: TableRegisterDoc | null): TableRegisterDoc {
  return withFigures({
    tableId: data.tableId as string,
    municipalityCode: data.municipalityCode as string,
    ...(data.bodyId ? { bodyId: data.bodyId as string } : {}),
    theme: data.theme as string,
    question: data.question as string,
    initiatedBy: data.initiatedBy as TableInitiator,
    form: data.form as TableForm,
    expectedGroups: [...(data.expectedGroups as TableGroup[])],
    ...(data.plannedUntil ? { plannedUntil: data.plannedUntil as string } : {}),
    status: doc?.status ?? 'open',
    openedAt: event.recordedAt.toISOString(),
    participants: doc?.participants ?? [],
    sessions: doc?.sessions ?? [],
    contributions: doc?.contributions ?? [],
    ...(doc?.close ? { close: doc.close } : {}),
  });
}

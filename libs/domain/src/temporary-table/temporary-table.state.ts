import { assertNever } from '../kit';
import type { TemporaryTableEvent, TemporaryTableOpened } from './temporary-table.events';
import {
  type Attendance,
  CLIENT_PERSPECTIVES,
  type MissingGroupReasons,
  TABLE_GROUPS,
  type TableGroup,
  type TableOutcome,
} from './temporary-table.values';

/** What a table keeps from its history, without personal data: the rules need only ids and groups. */
export type TableRecord = TemporaryTableOpened['data'] & {
  readonly participantIds: readonly string[];
  readonly sessionIds: readonly string[];
  readonly contributionIds: readonly string[];
  /** Groups that were at the table: as participants, in a session's attendance, or by a contribution. */
  readonly presentGroups: readonly TableGroup[];
  /** Whether a contribution from the client or lived-experience perspective was recorded. */
  readonly clientPerspectiveHeard: boolean;
};

export type OpenTemporaryTableState = { readonly status: 'open' } & TableRecord;

export type ClosedTemporaryTableState = {
  readonly status: 'closed';
  readonly outcome: TableOutcome;
  readonly clientPerspectiveWaiver?: string;
  readonly missingGroupReasons?: MissingGroupReasons;
} & TableRecord;

export type TemporaryTableState = { readonly status: 'none' } | OpenTemporaryTableState | ClosedTemporaryTableState;

export function initialTemporaryTableState(): TemporaryTableState {
  return { status: 'none' };
}

export function evolveTemporaryTable(state: TemporaryTableState, event: TemporaryTableEvent): TemporaryTableState {
  if (event.type === 'TemporaryTableOpened') {
    return {
      status: 'open',
      ...event.data,
      participantIds: [],
      sessionIds: [],
      contributionIds: [],
      presentGroups: [],
      clientPerspectiveHeard: false,
    };
  }
  if (state.status !== 'open') return state;
  return evolveOpenTable(state, event);
}

function evolveOpenTable(
  state: OpenTemporaryTableState,
  event: Exclude<TemporaryTableEvent, TemporaryTableOpened>,
): TemporaryTableState {
  switch (event.type) {
    case 'ParticipantRegistered': {
      const { participantId, perspective } = event.data;
      return {
        ...state,
        participantIds: [...state.participantIds, participantId],
        presentGroups: withGroups(state.presentGroups, [perspective]),
      };
    }
    case 'SessionHeld':
      return {
        ...state,
        sessionIds: [...state.sessionIds, event.data.sessionId],
        presentGroups: withGroups(state.presentGroups, groupsThatAttended(event.data.attendance)),
      };
    case 'ContributionRecorded': {
      const { contributionId, perspective } = event.data;
      return {
        ...state,
        contributionIds: [...state.contributionIds, contributionId],
        presentGroups: withGroups(state.presentGroups, [perspective]),
        clientPerspectiveHeard: state.clientPerspectiveHeard || CLIENT_PERSPECTIVES.includes(perspective),
      };
    }
    // A document changes no rule's state: it goes with a session or a close already on record.
    case 'DocumentAttached':
      return state;
    case 'TemporaryTableClosed': {
      const { outcome, clientPerspectiveWaiver, missingGroupReasons } = event.data;
      return {
        ...state,
        status: 'closed',
        outcome,
        ...(clientPerspectiveWaiver === undefined ? {} : { clientPerspectiveWaiver }),
        ...(missingGroupReasons === undefined ? {} : { missingGroupReasons }),
      };
    }
    default:
      return assertNever(event);
  }
}

/** The groups present so far and the new ones, in the order of {@link TABLE_GROUPS}. */
function withGroups(present: readonly TableGroup[], added: readonly TableGroup[]): TableGroup[] {
  return TABLE_GROUPS.filter((group) => present.includes(group) || added.includes(group));
}

function groupsThatAttended(attendance: Attendance): TableGroup[] {
  return TABLE_GROUPS.filter((group) => (attendance[group] ?? 0) > 0);
}

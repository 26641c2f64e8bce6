import type { DocumentReference } from '../documents/document.values';
import type { Command, LocalDate } from '../kit';
import type {
  Attendance,
  MissingGroupReasons,
  TableForm,
  TableGroup,
  TableInitiator,
  TableOutcome,
} from './temporary-table.values';

export type OpenTemporaryTable = Command<
  'OpenTemporaryTable',
  {
    readonly tableId: string;
    readonly municipalityCode: string;
    readonly bodyId?: string;
    readonly theme: string;
    readonly question: string;
    readonly initiatedBy: TableInitiator;
    readonly form: TableForm;
    readonly expectedGroups: readonly TableGroup[];
    readonly plannedUntil?: LocalDate;
  }
>;

export type RegisterParticipant = Command<
  'RegisterParticipant',
  {
    readonly tableId: string;
    readonly participantId: string;
    readonly perspective: TableGroup;
    readonly consent: boolean;
    readonly displayName?: string;
    readonly ageBand?: string;
    readonly area?: string;
  }
>;

export type HoldSession = Command<
  'HoldSession',
  {
    readonly tableId: string;
    readonly sessionId: string;
    readonly heldOn: LocalDate;
    readonly attendance: Attendance;
  }
>;

export type RecordContribution = Command<
  'RecordContribution',
  {
    readonly tableId: string;
    readonly contributionId: string;
    readonly perspective: TableGroup;
    readonly summary: string;
    readonly sessionId?: string;
  }
>;

export type CloseTemporaryTable = Command<
  'CloseTemporaryTable',
  {
    readonly tableId: string;
    readonly outcome: TableOutcome;
    readonly summary: string;
    /** Why the table closes without the client perspective having been heard. */
    readonly clientPerspectiveWaiver?: string;
    /** Why an expected group did not come: expected group → reason. */
    readonly missingGroupReasons?: MissingGroupReasons;
  }
>;

/**
 * Attaches minutes (of `sessionId`) or the table's report, stored by its SHA-256 and sealed for
 * `concerns`: the persons the application sealed it for, every participant and contribution.
 */
export type AttachTableDocument = Command<
  'AttachTableDocument',
  {
    readonly tableId: string;
    readonly document: DocumentReference;
    readonly sessionId?: string;
    readonly concerns: readonly string[];
  }
>;

export type TemporaryTableCommand =
  | OpenTemporaryTable
  | RegisterParticipant
  | HoldSession
  | RecordContribution
  | CloseTemporaryTable
  | AttachTableDocument;

import type { DocumentReference } from '../documents/document.values';
import type { DomainEvent, LocalDate, PersonalData } from '../kit';
import type {
  Attendance,
  MissingGroupReasons,
  TableForm,
  TableGroup,
  TableInitiator,
  TableOutcome,
} from './temporary-table.values';

export type TemporaryTableOpened = DomainEvent<
  'TemporaryTableOpened',
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

export type ParticipantRegistered = DomainEvent<
  'ParticipantRegistered',
  {
    readonly tableId: string;
    readonly participantId: string;
    readonly perspective: TableGroup;
    /** Nobody takes part without having said yes; the event records that they did. */
    readonly consent: true;
    /** Kept under the participant's own id: forgetting the participant erases it. */
    readonly displayName?: PersonalData<string>;
    /**
     * Age band and area are coarse, self-declared attributes (e.g. "18-27", a district) that do
     * not single a person out; they stay plain so representativeness and yardsticks can count them.
     */
    readonly ageBand?: string;
    readonly area?: string;
  }
>;

export type SessionHeld = DomainEvent<
  'SessionHeld',
  {
    readonly tableId: string;
    readonly sessionId: string;
    readonly heldOn: LocalDate;
    readonly attendance: Attendance;
  }
>;

export type ContributionRecorded = DomainEvent<
  'ContributionRecorded',
  {
    readonly tableId: string;
    readonly contributionId: string;
    readonly perspective: TableGroup;
    /** Free text that can describe the person who brought it in, so kept under the contribution's own id. */
    readonly summary: PersonalData<string>;
    readonly sessionId?: string;
  }
>;

export type TemporaryTableClosed = DomainEvent<
  'TemporaryTableClosed',
  {
    readonly tableId: string;
    readonly outcome: TableOutcome;
    readonly summary: string;
    /** Present only when the table closed without a client or lived-experience contribution: the reason why. */
    readonly clientPerspectiveWaiver?: string;
    /**
     * Present only when reasons were given: why an expected group was missing. About groups,
     * not persons, so kept plain.
     */
    readonly missingGroupReasons?: MissingGroupReasons;
  }
>;

/**
 * Minutes or a report on record by their hash. The document itself is sealed apart (its bytes may
 * describe persons); `concerns` names, by id only, whose keys it is sealed under.
 */
export type TableDocumentAttached = DomainEvent<
  'DocumentAttached',
  {
    readonly tableId: string;
    readonly document: DocumentReference;
    readonly attachedAt: string;
    readonly concerns: readonly string[];
    readonly sessionId?: string;
  }
>;

export type TemporaryTableEvent =
  | TemporaryTableOpened
  | ParticipantRegistered
  | SessionHeld
  | ContributionRecorded
  | TemporaryTableClosed
  | TableDocumentAttached;

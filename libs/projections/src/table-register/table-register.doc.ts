import type {
  Attendance,
  MissingGroupReasons,
  Representativeness,
  TableForm,
  TableGroup,
  TableInitiator,
  TableOutcome,
} from '#domain';

/** Personal data exactly as stored (sealed); queries open it for the roles that may see it. */
export type SealedValue = unknown;

export interface TableParticipant {
  readonly participantId: string;
  readonly perspective: TableGroup;
  readonly ageBand?: string;
  readonly area?: string;
  readonly displayName?: SealedValue;
  readonly registeredAt: string;
}

export interface TableSession {
  readonly sessionId: string;
  readonly heldOn: string;
  readonly attendance: Attendance;
}

export interface TableContribution {
  readonly contributionId: string;
  readonly perspective: TableGroup;
  readonly sessionId?: string;
  readonly summary: SealedValue;
  readonly recordedAt: string;
}

export interface TableClose {
  readonly outcome: TableOutcome;
  readonly summary: string;
  readonly clientPerspectiveWaiver?: string;
  /** Why an expected group was missing, per group: about groups, not persons, so kept plain. */
  readonly missingGroupReasons?: MissingGroupReasons;
  readonly closedAt: string;
}

/** How many participants or contributions a perspective has at the table. */
export interface PerspectiveCount {
  readonly perspective: TableGroup;
  readonly count: number;
}

/** The table register: one row per temporary table, its people, sessions, contributions and close. */
export interface TableRegisterDoc {
  readonly tableId: string;
  readonly municipalityCode: string;
  readonly bodyId?: string;
  readonly theme: string;
  readonly question: string;
  readonly initiatedBy: TableInitiator;
  readonly form: TableForm;
  readonly expectedGroups: readonly TableGroup[];
  readonly plannedUntil?: string;
  readonly status: 'open' | 'closed';
  readonly openedAt: string;
  readonly participants: readonly TableParticipant[];
  readonly sessions: readonly TableSession[];
  readonly contributions: readonly TableContribution[];
  readonly close?: TableClose;
  readonly representativeness: Representativeness;
  readonly participantsByPerspective: readonly PerspectiveCount[];
  readonly contributionsByPerspective: readonly PerspectiveCount[];
}

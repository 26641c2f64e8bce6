import type { DomainEvent, LocalDate, PersonalData } from '../kit';
import type { SignalChannel, SignalDomain, SignalScope } from './signal.values';

/** All of it personal data of the reporter, kept under the reporter's id. */
export interface ReporterDetails {
  readonly name: string;
  readonly contact?: string;
  /** Present only when the reporter agreed to hear by e-mail what becomes of the signal. */
  readonly feedbackByMail?: true;
}

export type SignalRecorded = DomainEvent<
  'SignalRecorded',
  {
    readonly signalId: string;
    readonly bodyId: string;
    readonly municipalityCode: string;
    readonly channel: SignalChannel;
    readonly receivedOn: LocalDate;
    readonly themes: readonly string[];
    readonly domain: SignalDomain;
    /** The person under whom the summary, rationales, notes and outcome are stored. */
    readonly subjectId: string;
    readonly summary: PersonalData<string>;
    readonly area?: string;
    readonly targetGroups: readonly string[];
    readonly reporter?: PersonalData<ReporterDetails>;
  }
>;

/** A later assessment supersedes an earlier one; the stream keeps them all. */
export type SignalAssessed = DomainEvent<
  'SignalAssessed',
  { readonly signalId: string; readonly scope: SignalScope; readonly rationale: PersonalData<string> }
>;

export type SignalReferred = DomainEvent<
  'SignalReferred',
  { readonly signalId: string; readonly referredTo: string; readonly note?: PersonalData<string> }
>;

export type SignalClosed = DomainEvent<
  'SignalClosed',
  {
    readonly signalId: string;
    readonly outcome: PersonalData<string>;
    readonly feedbackGiven: boolean;
    /** The collective signal it is part of, when the signal closed as clustered. */
    readonly clusterId?: string;
  }
>;

export type SignalEvent = SignalRecorded | SignalAssessed | SignalReferred | SignalClosed;

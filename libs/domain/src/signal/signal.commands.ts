import type { Command, LocalDate } from '../kit';
import type { SignalChannel, SignalDomain, SignalScope } from './signal.values';

export interface SignalReporter {
  /** The id the application assigned to the reporter; their name and contact are stored under it. */
  readonly personId: string;
  readonly name: string;
  readonly contact?: string;
  /** The reporter agreed to hear by e-mail, at `contact`, what becomes of the signal; false when left out. */
  readonly feedbackByMail?: boolean;
}

export type RecordSignal = Command<
  'RecordSignal',
  {
    readonly signalId: string;
    readonly bodyId: string;
    readonly municipalityCode: string;
    readonly channel: SignalChannel;
    readonly receivedOn: LocalDate;
    readonly themes: readonly string[];
    readonly domain: SignalDomain;
    readonly summary: string;
    readonly area?: string;
    readonly targetGroups?: readonly string[];
    readonly reporter?: SignalReporter;
    /** The person under whom the signal's free texts are stored: the reporter, or a fresh id. */
    readonly subjectId: string;
  }
>;

export type AssessSignal = Command<
  'AssessSignal',
  { readonly signalId: string; readonly scope: SignalScope; readonly rationale: string }
>;

export type ReferSignal = Command<
  'ReferSignal',
  { readonly signalId: string; readonly referredTo: string; readonly note?: string }
>;

/**
 * `clusterId` names the collective signal (ClusterSignals) this signal is part of; the
 * application passes it after checking the cluster holds the signal (`clusterHoldsSignal`).
 */
export type CloseSignal = Command<
  'CloseSignal',
  {
    readonly signalId: string;
    readonly outcome: string;
    readonly feedbackGiven: boolean;
    readonly clusterId?: string;
  }
>;

export type SignalCommand = RecordSignal | AssessSignal | ReferSignal | CloseSignal;

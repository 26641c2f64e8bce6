import { assertNever } from '../kit';
import type { SignalEvent } from './signal.events';
import type { SignalScope } from './signal.values';

/** What every recorded signal keeps: who it belongs to, and the person its free texts are stored under. */
interface SignalFacts {
  readonly signalId: string;
  readonly bodyId: string;
  readonly municipalityCode: string;
  readonly subjectId: string;
}

interface Assessment {
  /** The scope of the latest assessment. */
  readonly scope: SignalScope;
  /** The organisation it was last referred to; a referral stands when the signal is re-assessed. */
  readonly referredTo: string | null;
}

export type SignalState =
  | { readonly status: 'none' }
  | ({ readonly status: 'recorded' } & SignalFacts)
  | ({ readonly status: 'assessed' } & SignalFacts & Assessment)
  | ({ readonly status: 'closed'; readonly feedbackGiven: boolean } & SignalFacts & Assessment);

export type RecordedSignal = Exclude<SignalState, { status: 'none' }>;
export type AssessedSignal = Extract<SignalState, { status: 'assessed' }>;

export function initialSignalState(): SignalState {
  return { status: 'none' };
}

export function evolveSignal(state: SignalState, event: SignalEvent): SignalState {
  switch (event.type) {
    case 'SignalRecorded': {
      const { signalId, bodyId, municipalityCode, subjectId } = event.data;
      return { status: 'recorded', signalId, bodyId, municipalityCode, subjectId };
    }
    case 'SignalAssessed':
      if (state.status === 'recorded')
        return { ...state, status: 'assessed', scope: event.data.scope, referredTo: null };
      if (state.status === 'assessed') return { ...state, scope: event.data.scope };
      return state;
    case 'SignalReferred':
      return state.status === 'assessed' ? { ...state, referredTo: event.data.referredTo } : state;
    case 'SignalClosed':
      return state.status === 'assessed'
        ? { ...state, status: 'closed', feedbackGiven: event.data.feedbackGiven }
        : state;
    default:
      return assertNever(event);
  }
}

import { assertNever } from '../kit';
import type { MunicipalityEvent, MunicipalityRegistered } from './municipality.events';
import { DEFAULT_PARTICIPATION_REGULATION, type ParticipationRegulation } from './municipality.regulation';

export type MunicipalityState =
  | { readonly status: 'none' }
  | ({
      readonly status: 'registered';
      /** Absent until the municipality sets its regulation; see {@link regulationOf}. */
      readonly regulation?: ParticipationRegulation;
    } & MunicipalityRegistered['data']);

export function initialMunicipalityState(): MunicipalityState {
  return { status: 'none' };
}

/** The regulation in force: the one set, or the defaults (response and advice in six weeks, …). */
export function regulationOf(state: MunicipalityState): ParticipationRegulation {
  return state.status === 'registered' && state.regulation !== undefined
    ? state.regulation
    : DEFAULT_PARTICIPATION_REGULATION;
}

export function evolveMunicipality(state: MunicipalityState, event: MunicipalityEvent): MunicipalityState {
  switch (event.type) {
    case 'MunicipalityRegistered':
      return { status: 'registered', ...event.data };
    case 'ParticipationRegulationSet': {
      if (state.status === 'none') return state;
      const { municipalityCode: _code, ...regulation } = event.data;
      return { ...state, regulation };
    }
    default:
      return assertNever(event);
  }
}

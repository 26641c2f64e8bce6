import { assertNever } from '../kit';
import type { MunicipalityEvent, MunicipalityRegistered } from './municipality.events';

export type MunicipalityState =
  { readonly status: 'none' } | ({ readonly status: 'registered' } & MunicipalityRegistered['data']);

export function initialMunicipalityState(): MunicipalityState {
  return { status: 'none' };
}

export function evolveMunicipality(_state: MunicipalityState, event: MunicipalityEvent): MunicipalityState {
  switch (event.type) {
    case 'MunicipalityRegistered':
      return { status: 'registered', ...event.data };
    default:
      return assertNever(event.type);
  }
}

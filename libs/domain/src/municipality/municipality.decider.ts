import type { Decider } from '../kit';
import type { MunicipalityCommand } from './municipality.commands';
import type { MunicipalityEvent } from './municipality.events';
import {
  municipalityCodeMustBeACbsCode,
  municipalityMustNotBeRegisteredYet,
  municipalityNeedsAName,
} from './municipality.rules';
import { evolveMunicipality, initialMunicipalityState, type MunicipalityState } from './municipality.state';

export const MUNICIPALITY_STREAM_PREFIX = 'municipality-';

/** The stream of one municipality, named by its CBS code (`municipality-GM0375`). */
export function municipalityStreamId(municipalityCode: string): string {
  return `${MUNICIPALITY_STREAM_PREFIX}${municipalityCode}`;
}

function decideMunicipality(command: MunicipalityCommand, state: MunicipalityState): MunicipalityEvent[] {
  const { data } = command;
  municipalityMustNotBeRegisteredYet(state.status !== 'none');
  municipalityCodeMustBeACbsCode(data.code);
  municipalityNeedsAName(data.name);
  return [{ type: 'MunicipalityRegistered', data: { municipalityCode: data.code, name: data.name.trim() } }];
}

export const municipalityDecider: Decider<MunicipalityCommand, MunicipalityEvent, MunicipalityState> = {
  decide: decideMunicipality,
  evolve: evolveMunicipality,
  initialState: initialMunicipalityState,
};

import { assertNever, type Decider } from '../kit';
import type { MunicipalityCommand, RegisterMunicipality, SetParticipationRegulation } from './municipality.commands';
import type { MunicipalityEvent, MunicipalityRegistered, ParticipationRegulationSet } from './municipality.events';
import {
  municipalityCodeMustBeACbsCode,
  municipalityMustBeRegistered,
  municipalityMustNotBeRegisteredYet,
  municipalityNeedsAName,
  regulationMustUseWholeNumbers,
} from './municipality.rules';
import { evolveMunicipality, initialMunicipalityState, type MunicipalityState } from './municipality.state';

export const MUNICIPALITY_STREAM_PREFIX = 'municipality-';

/** The stream of one municipality, named by its CBS code (`municipality-GM0375`). */
export function municipalityStreamId(municipalityCode: string): string {
  return `${MUNICIPALITY_STREAM_PREFIX}${municipalityCode}`;
}

function registerMunicipality(command: RegisterMunicipality, state: MunicipalityState): MunicipalityRegistered[] {
  const { data } = command;
  municipalityMustNotBeRegisteredYet(state.status !== 'none');
  municipalityCodeMustBeACbsCode(data.code);
  municipalityNeedsAName(data.name);
  return [{ type: 'MunicipalityRegistered', data: { municipalityCode: data.code, name: data.name.trim() } }];
}

/** "The local regulation sets the clock" (seed 004): terms and consultation norms, defaults filled in. */
function setParticipationRegulation(
  command: SetParticipationRegulation,
  state: MunicipalityState,
): ParticipationRegulationSet[] {
  const { code, ...given } = command.data;
  municipalityMustBeRegistered(state.status !== 'none');
  const regulation = regulationMustUseWholeNumbers(given);
  return [{ type: 'ParticipationRegulationSet', data: { municipalityCode: code, ...regulation } }];
}

function decideMunicipality(command: MunicipalityCommand, state: MunicipalityState): MunicipalityEvent[] {
  switch (command.type) {
    case 'RegisterMunicipality':
      return registerMunicipality(command, state);
    case 'SetParticipationRegulation':
      return setParticipationRegulation(command, state);
    default:
      return assertNever(command);
  }
}

export const municipalityDecider: Decider<MunicipalityCommand, MunicipalityEvent, MunicipalityState> = {
  decide: decideMunicipality,
  evolve: evolveMunicipality,
  initialState: initialMunicipalityState,
};

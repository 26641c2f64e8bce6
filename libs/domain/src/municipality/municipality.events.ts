import type { DomainEvent } from '../kit';
import type { ParticipationRegulation } from './municipality.regulation';

export type MunicipalityRegistered = DomainEvent<
  'MunicipalityRegistered',
  {
    readonly municipalityCode: string;
    readonly name: string;
  }
>;

/** Every term and norm, defaults included; a later regulation replaces the one before. */
export type ParticipationRegulationSet = DomainEvent<
  'ParticipationRegulationSet',
  { readonly municipalityCode: string } & ParticipationRegulation
>;

export type MunicipalityEvent = MunicipalityRegistered | ParticipationRegulationSet;

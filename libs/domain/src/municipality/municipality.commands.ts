import type { Command } from '../kit';
import type { ParticipationRegulation } from './municipality.regulation';

export type RegisterMunicipality = Command<
  'RegisterMunicipality',
  {
    /** CBS code, `GM` and four digits (GM0375); also the stream's id. */
    readonly code: string;
    readonly name: string;
  }
>;

/** Sets the municipality's regulation; a term or norm left out takes its default. */
export type SetParticipationRegulation = Command<
  'SetParticipationRegulation',
  { readonly code: string } & Partial<ParticipationRegulation>
>;

export type MunicipalityCommand = RegisterMunicipality | SetParticipationRegulation;

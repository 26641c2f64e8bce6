import type { Command } from '../kit';

export type RegisterMunicipality = Command<
  'RegisterMunicipality',
  {
    /** CBS code, `GM` and four digits (GM0375); also the stream's id. */
    readonly code: string;
    readonly name: string;
  }
>;

export type MunicipalityCommand = RegisterMunicipality;

import type { DomainEvent } from '../kit';

export type MunicipalityRegistered = DomainEvent<
  'MunicipalityRegistered',
  {
    readonly municipalityCode: string;
    readonly name: string;
  }
>;

export type MunicipalityEvent = MunicipalityRegistered;

import type { DomainEvent } from '../kit';

/** Several signals form one collective signal. */
export type SignalsClustered = DomainEvent<
  'SignalsClustered',
  {
    readonly clusterId: string;
    readonly signalIds: readonly string[];
    readonly title: string;
    readonly municipalityCode: string;
  }
>;

export type SignalClusterEvent = SignalsClustered;

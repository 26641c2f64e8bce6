import type { Command } from '../kit';

/** The application checks against their streams that the signals exist and share the municipality. */
export type ClusterSignals = Command<
  'ClusterSignals',
  {
    readonly clusterId: string;
    readonly signalIds: readonly string[];
    readonly title: string;
    readonly municipalityCode: string;
  }
>;

export type SignalClusterCommand = ClusterSignals;

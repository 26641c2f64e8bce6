import { fold } from '../kit';
import { signalClusterDecider } from './signal-cluster.decider';
import type { SignalsClustered } from './signal-cluster.events';
import { clusterHoldsSignal, isCollectiveSignal } from './signal-cluster.state';

const clustered: SignalsClustered = {
  type: 'SignalsClustered',
  data: {
    clusterId: 'c0a80101-0000-4000-8000-0000000000c1',
    signalIds: ['signal-1', 'signal-2'],
    title: 'Regiotaxi te laat in alle kernen',
    municipalityCode: 'GM0453',
  },
};

describe('a cluster as a collective signal', () => {
  it('is a collective signal once the signals are clustered', () => {
    expect(isCollectiveSignal(fold(signalClusterDecider, [clustered]))).toBe(true);
    expect(isCollectiveSignal(fold(signalClusterDecider, []))).toBe(false);
  });

  it('holds the signals it clustered and no others', () => {
    const state = fold(signalClusterDecider, [clustered]);
    expect(clusterHoldsSignal(state, 'signal-2')).toBe(true);
    expect(clusterHoldsSignal(state, 'signal-3')).toBe(false);
    expect(clusterHoldsSignal(fold(signalClusterDecider, []), 'signal-1')).toBe(false);
  });
});

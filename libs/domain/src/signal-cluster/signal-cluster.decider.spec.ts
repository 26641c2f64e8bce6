import { fold } from '../kit';
import { specification } from '../testing';
import type { ClusterSignals } from './signal-cluster.commands';
import { signalClusterDecider, signalClusterStreamId } from './signal-cluster.decider';
import type { SignalsClustered } from './signal-cluster.events';

const context = { now: '2026-11-23T10:00:00+01:00', actor: { id: 'member-1', role: 'body-member' } };
const clusterId = 'c0a80101-0000-4000-8000-0000000000c1';
const first = 'c0a80101-0000-4000-8000-000000000051';
const second = 'c0a80101-0000-4000-8000-000000000052';
const third = 'c0a80101-0000-4000-8000-000000000053';

const clusterSignals = (overrides: Partial<ClusterSignals['data']> = {}): ClusterSignals => ({
  type: 'ClusterSignals',
  context,
  data: {
    clusterId,
    signalIds: [first, second, third],
    title: 'Regiotaxi te laat in alle kernen',
    municipalityCode: 'GM0453',
    ...overrides,
  },
});

const signalsClustered: SignalsClustered = {
  type: 'SignalsClustered',
  data: {
    clusterId,
    signalIds: [first, second, third],
    title: 'Regiotaxi te laat in alle kernen',
    municipalityCode: 'GM0453',
  },
};

const spec = specification(signalClusterDecider);

describe('clustering signals', () => {
  describe('when the cluster does not exist yet', () => {
    it('joins the signals into one collective signal', () => {
      spec.given([]).when(clusterSignals()).then([signalsClustered]);
    });

    it('joins two signals', () => {
      spec
        .given([])
        .when(clusterSignals({ signalIds: [first, second] }))
        .then([{ ...signalsClustered, data: { ...signalsClustered.data, signalIds: [first, second] } }]);
    });

    it('records the title without surrounding spaces', () => {
      spec
        .given([])
        .when(clusterSignals({ title: '  Regiotaxi te laat in alle kernen ' }))
        .then([signalsClustered]);
    });

    it('refuses a cluster of a single signal', () => {
      spec
        .given([])
        .when(clusterSignals({ signalIds: [first] }))
        .thenRefuses('SIGNAL_CLUSTER.TOO_FEW_SIGNALS', 'rule');
    });

    it('refuses a cluster without signals', () => {
      spec
        .given([])
        .when(clusterSignals({ signalIds: [] }))
        .thenRefuses('SIGNAL_CLUSTER.TOO_FEW_SIGNALS', 'rule');
    });

    it('refuses a signal named twice', () => {
      spec
        .given([])
        .when(clusterSignals({ signalIds: [first, first] }))
        .thenRefuses('SIGNAL_CLUSTER.SIGNAL_REPEATED', 'rule');
    });

    it('refuses a blank signal id', () => {
      spec
        .given([])
        .when(clusterSignals({ signalIds: [first, ' '] }))
        .thenRefuses('SIGNAL_CLUSTER.SIGNAL_ID_MISSING', 'rule');
    });

    it('refuses a cluster without a title', () => {
      spec
        .given([])
        .when(clusterSignals({ title: ' ' }))
        .thenRefuses('SIGNAL_CLUSTER.TITLE_MISSING', 'rule');
    });

    it('refuses a municipality that is not named by its CBS code', () => {
      spec
        .given([])
        .when(clusterSignals({ municipalityCode: 'GM453' }))
        .thenRefuses('SIGNAL_CLUSTER.MUNICIPALITY_CODE_INVALID', 'rule');
    });
  });

  describe('when the cluster exists', () => {
    it('refuses to cluster again under the same id', () => {
      spec.given([signalsClustered]).when(clusterSignals()).thenRefuses('SIGNAL_CLUSTER.ALREADY_EXISTS', 'conflict');
    });
  });
});

describe('a signal cluster stream', () => {
  it('is named after the cluster', () => {
    expect(signalClusterStreamId(clusterId)).toBe(`collective-signal-${clusterId}`);
  });

  it('holds the clustered signals, title and municipality after its history', () => {
    expect(fold(signalClusterDecider, [signalsClustered])).toEqual({ status: 'clustered', ...signalsClustered.data });
  });
});

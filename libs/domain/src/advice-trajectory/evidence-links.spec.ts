import { specification } from '../testing';
import { adviceTrajectoryDecider } from './advice-trajectory.decider';
import {
  SIGNAL_ID,
  TABLE_ID,
  advised,
  command,
  responded,
  signalLinked,
  started,
  tableLinked,
} from './advice-trajectory.fixtures';

const spec = specification(adviceTrajectoryDecider);

const linkSignal = command('LinkSignal', { signalId: SIGNAL_ID });
const linkTable = command('LinkTemporaryTable', { tableId: TABLE_ID });

describe('linking the evidence an advice rests on', () => {
  describe('when the trajectory has started', () => {
    it('links a signal', () => {
      spec.given([started]).when(linkSignal).then([signalLinked]);
    });

    it('links a collective signal, a cluster of signals', () => {
      spec
        .given([started])
        .when(command('LinkSignal', { signalId: SIGNAL_ID, collective: true }))
        .then([{ ...signalLinked, data: { ...signalLinked.data, collective: true } }]);
    });

    it('links a temporary table', () => {
      spec.given([started]).when(linkTable).then([tableLinked]);
    });
  });

  describe('when the signal or table is already linked', () => {
    it('refuses to link the same signal twice', () => {
      spec
        .given([started, signalLinked])
        .when(linkSignal)
        .thenRefuses('ADVICE_TRAJECTORY.SIGNAL_ALREADY_LINKED', 'conflict');
    });

    it('refuses to link the same table twice', () => {
      spec
        .given([started, tableLinked])
        .when(linkTable)
        .thenRefuses('ADVICE_TRAJECTORY.TABLE_ALREADY_LINKED', 'conflict');
    });
  });

  describe('when the advice has been issued', () => {
    it('still links a signal', () => {
      spec.given(advised).when(linkSignal).then([signalLinked]);
    });
  });

  describe('when the college has responded', () => {
    it('still links a temporary table', () => {
      spec.given(responded).when(linkTable).then([tableLinked]);
    });
  });
});

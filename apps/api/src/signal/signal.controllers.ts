import type { Type } from '@nestjs/common';
import { AssessSignalController } from './assess-signal/assess-signal.controller';
import { CloseSignalController } from './close-signal/close-signal.controller';
import { ClusterSignalsController } from './cluster-signals/cluster-signals.controller';
import { RecordSignalController } from './record-signal/record-signal.controller';
import { ReferSignalController } from './refer-signal/refer-signal.controller';

/** The signal operations: record, assess, refer, cluster and close. */
export const SIGNAL_CONTROLLERS: Type[] = [
  RecordSignalController,
  AssessSignalController,
  ReferSignalController,
  ClusterSignalsController,
  CloseSignalController,
];

import type { Type } from '@nestjs/common';
import { AUDIT_TRAIL_QUERY_CONTROLLERS } from '../audit-trail/audit-trail.queries';
import { GetCurrentCallerController } from '../caller/get-current-caller/get-current-caller.controller';
import { ADVICE_TRAJECTORY_QUERY_CONTROLLERS } from '../advice-trajectory/advice-trajectory.queries';
import { MUNICIPALITY_QUERY_CONTROLLERS } from '../municipality/municipality.queries';
import { PARTICIPATION_AGENDA_QUERY_CONTROLLERS } from '../participation-agenda/participation-agenda.queries';
import { PARTICIPATION_BODY_QUERY_CONTROLLERS } from '../participation-body/participation-body.queries';
import { PILOT_QUERY_CONTROLLERS } from '../pilot/pilot.queries';
import { GetSignalController } from '../signal/get-signal/get-signal.controller';
import { ListSignalsController } from '../signal/list-signals/list-signals.controller';
import { TEMPORARY_TABLE_QUERY_CONTROLLERS } from '../temporary-table/temporary-table.queries';

/** Every query's controller; one per query operation of the contract. */
export const QUERY_CONTROLLERS: Type[] = [
  ListSignalsController,
  GetSignalController,
  ...ADVICE_TRAJECTORY_QUERY_CONTROLLERS,
  ...TEMPORARY_TABLE_QUERY_CONTROLLERS,
  ...PILOT_QUERY_CONTROLLERS,
  ...MUNICIPALITY_QUERY_CONTROLLERS,
  ...PARTICIPATION_BODY_QUERY_CONTROLLERS,
  ...PARTICIPATION_AGENDA_QUERY_CONTROLLERS,
  ...AUDIT_TRAIL_QUERY_CONTROLLERS,
  GetCurrentCallerController,
];

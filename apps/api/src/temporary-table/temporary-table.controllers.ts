import type { Type } from '@nestjs/common';
import { CloseTemporaryTableController } from './close-temporary-table/close-temporary-table.controller';
import { HoldSessionController } from './hold-session/hold-session.controller';
import { OpenTemporaryTableController } from './open-temporary-table/open-temporary-table.controller';
import { RecordContributionController } from './record-contribution/record-contribution.controller';
import { RegisterParticipantController } from './register-participant/register-participant.controller';

/** One controller per temporary-table operation of the contract. */
export const TEMPORARY_TABLE_CONTROLLERS: Type[] = [
  OpenTemporaryTableController,
  RegisterParticipantController,
  HoldSessionController,
  RecordContributionController,
  CloseTemporaryTableController,
];

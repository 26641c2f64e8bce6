import type { Type } from '@nestjs/common';
import { ADVICE_TRAJECTORY_CONTROLLERS } from '../advice-trajectory/advice-trajectory.controllers';
import { RegisterMunicipalityController } from '../municipality/register-municipality/register-municipality.controller';
import { SetParticipationRegulationController } from '../municipality/set-participation-regulation/set-participation-regulation.controller';
import { EstablishParticipationBodyController } from '../participation-body/establish-participation-body/establish-participation-body.controller';
import { PARTICIPATION_AGENDA_CONTROLLERS } from '../participation-agenda/participation-agenda.controllers';
import { PARTICIPATION_BODY_CONTROLLERS } from '../participation-body/participation-body.controllers';
import { ConfirmForgetPersonController } from '../person/confirm-forget-person/confirm-forget-person.controller';
import { ForgetPersonController } from '../person/forget-person/forget-person.controller';
import { RecordEvaluationFindingController } from '../pilot/record-evaluation-finding/record-evaluation-finding.controller';
import { StartPilotController } from '../pilot/start-pilot/start-pilot.controller';
import { SIGNAL_CONTROLLERS } from '../signal/signal.controllers';
import { TEMPORARY_TABLE_CONTROLLERS } from '../temporary-table/temporary-table.controllers';

/** Every command's controller; one per operation of the contract. */
export const COMMAND_CONTROLLERS: Type[] = [
  RegisterMunicipalityController,
  SetParticipationRegulationController,
  EstablishParticipationBodyController,
  ...PARTICIPATION_BODY_CONTROLLERS,
  ...PARTICIPATION_AGENDA_CONTROLLERS,
  StartPilotController,
  RecordEvaluationFindingController,
  ...SIGNAL_CONTROLLERS,
  ...TEMPORARY_TABLE_CONTROLLERS,
  ...ADVICE_TRAJECTORY_CONTROLLERS,
  ForgetPersonController,
  ConfirmForgetPersonController,
];

import type { Type } from '@nestjs/common';
import { RegisterMunicipalityController } from '../municipality/register-municipality/register-municipality.controller';
import { EstablishParticipationBodyController } from '../participation-body/establish-participation-body/establish-participation-body.controller';
import { StartPilotController } from '../pilot/start-pilot/start-pilot.controller';

/** Every command's controller; one per operation of the contract. */
export const COMMAND_CONTROLLERS: Type[] = [
  RegisterMunicipalityController,
  EstablishParticipationBodyController,
  StartPilotController,
];

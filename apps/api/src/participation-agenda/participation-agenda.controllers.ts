import type { Type } from '@nestjs/common';
import { AddAgendaItemController } from './add-agenda-item/add-agenda-item.controller';
import { AgreeParticipationAgendaController } from './agree-participation-agenda/agree-participation-agenda.controller';
import { DraftParticipationAgendaController } from './draft-participation-agenda/draft-participation-agenda.controller';

/** A participation agenda's operations. */
export const PARTICIPATION_AGENDA_CONTROLLERS: Type[] = [
  DraftParticipationAgendaController,
  AddAgendaItemController,
  AgreeParticipationAgendaController,
];

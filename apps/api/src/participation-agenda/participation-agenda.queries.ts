import type { Type } from '@nestjs/common';
import { GetParticipationAgendaController } from './get-participation-agenda/get-participation-agenda.controller';
import { ListParticipationAgendasController } from './list-participation-agendas/list-participation-agendas.controller';

/** This stream's query controllers. */
export const PARTICIPATION_AGENDA_QUERY_CONTROLLERS: Type[] = [
  ListParticipationAgendasController,
  GetParticipationAgendaController,
];

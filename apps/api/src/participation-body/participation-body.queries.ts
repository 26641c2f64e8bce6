import type { Type } from '@nestjs/common';
import { GetBodyCompositionController } from './get-body-composition/get-body-composition.controller';
import { ListConsultationsController } from './list-consultations/list-consultations.controller';
import { ListMembersController } from './list-members/list-members.controller';
import { ListParticipationBodiesController } from './list-participation-bodies/list-participation-bodies.controller';
import { ListSelfEvaluationsController } from './list-self-evaluations/list-self-evaluations.controller';

/** This stream's query controllers. */
export const PARTICIPATION_BODY_QUERY_CONTROLLERS: Type[] = [
  ListParticipationBodiesController,
  ListMembersController,
  GetBodyCompositionController,
  ListConsultationsController,
  ListSelfEvaluationsController,
];

import type { Type } from '@nestjs/common';
import { AppointMemberController } from './appoint-member/appoint-member.controller';
import { EndMembershipController } from './end-membership/end-membership.controller';
import { RaiseBodyDisputeController } from './raise-body-dispute/raise-body-dispute.controller';
import { RecordConsultationController } from './record-consultation/record-consultation.controller';
import { RecordSelfEvaluationController } from './record-self-evaluation/record-self-evaluation.controller';
import { ResolveBodyDisputeController } from './resolve-body-dispute/resolve-body-dispute.controller';

/** The body's operations after it is established (which the registry lists on its own). */
export const PARTICIPATION_BODY_CONTROLLERS: Type[] = [
  AppointMemberController,
  EndMembershipController,
  RecordConsultationController,
  RecordSelfEvaluationController,
  RaiseBodyDisputeController,
  ResolveBodyDisputeController,
];

import { assertNever, type Decider } from '../kit';
import { decideAppointMember } from './appoint-member.decide';
import { decideAttachBodyDocument } from './attach-body-document.decide';
import { decideEndMembership } from './end-membership.decide';
import { decideEstablishParticipationBody } from './establish-participation-body.decide';
import type { ParticipationBodyCommand } from './participation-body.commands';
import type { ParticipationBodyEvent } from './participation-body.events';
import {
  evolveParticipationBody,
  initialParticipationBodyState,
  type ParticipationBodyState,
} from './participation-body.state';
import { decideRecordConsultation } from './record-consultation.decide';
import { decideRaiseBodyDispute } from './raise-body-dispute.decide';
import { decideRecordSelfEvaluation } from './record-self-evaluation.decide';
import { decideResolveBodyDispute } from './resolve-body-dispute.decide';

export const PARTICIPATION_BODY_STREAM_PREFIX = 'participation-body-';

export function participationBodyStreamId(bodyId: string): string {
  return `${PARTICIPATION_BODY_STREAM_PREFIX}${bodyId}`;
}

function decideParticipationBody(
  command: ParticipationBodyCommand,
  state: ParticipationBodyState,
): ParticipationBodyEvent[] {
  switch (command.type) {
    case 'EstablishParticipationBody':
      return decideEstablishParticipationBody(command, state);
    case 'AppointMember':
      return decideAppointMember(command, state);
    case 'EndMembership':
      return decideEndMembership(command, state);
    case 'RecordConsultation':
      return decideRecordConsultation(command, state);
    case 'RecordSelfEvaluation':
      return decideRecordSelfEvaluation(command, state);
    case 'RaiseBodyDispute':
      return decideRaiseBodyDispute(command, state);
    case 'ResolveBodyDispute':
      return decideResolveBodyDispute(command, state);
    case 'AttachBodyDocument':
      return decideAttachBodyDocument(command, state);
    default:
      return assertNever(command);
  }
}

export const participationBodyDecider: Decider<
  ParticipationBodyCommand,
  ParticipationBodyEvent,
  ParticipationBodyState
> = {
  decide: decideParticipationBody,
  evolve: evolveParticipationBody,
  initialState: initialParticipationBodyState,
};

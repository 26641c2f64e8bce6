import { isFilledIn, participationBodyMustExist } from './participation-body.rules';
import type { RecordConsultation } from './participation-body.commands';
import type { ConsultationRecorded } from './participation-body.events';
import {
  consultationMustHaveBeenHeld,
  consultationMustNotBeRecordedYet,
  consultationNeedsTopics,
} from './participation-body.meeting.rules';
import type { ParticipationBodyState } from './participation-body.state';

export function decideRecordConsultation(
  command: RecordConsultation,
  state: ParticipationBodyState,
): ConsultationRecorded[] {
  const { bodyId, consultationId, heldOn, with: partner, agreements } = command.data;
  participationBodyMustExist(state);
  consultationMustNotBeRecordedYet(state, consultationId);
  consultationMustHaveBeenHeld(heldOn, command.context.now);
  const topics = consultationNeedsTopics(command.data.topics);
  return [
    {
      type: 'ConsultationRecorded',
      data: {
        bodyId,
        consultationId,
        heldOn,
        with: partner,
        topics,
        ...(isFilledIn(agreements) && { agreements: agreements.trim() }),
      },
    },
  ];
}

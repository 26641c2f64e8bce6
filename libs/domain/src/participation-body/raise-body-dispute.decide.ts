import { actorMustBeAParty } from '../kit';
import type { RaiseBodyDispute } from './participation-body.commands';
import {
  disputeMustNotBeRaisedYet,
  disputeMustSayWhatItIsAbout,
  disputeNeedsAReason,
} from './participation-body.dispute.rules';
import type { BodyDisputeRaised } from './participation-body.events';
import { participationBodyMustExist } from './participation-body.rules';
import type { ParticipationBodyState } from './participation-body.state';

/**
 * "Geschillencommissie (als gemeente en cliëntenraad het niet eens zijn over voorwaarden)"
 * (seed 003): either side raises a dispute about the body's facilities, agreements or information.
 */
export function decideRaiseBodyDispute(command: RaiseBodyDispute, state: ParticipationBodyState): BodyDisputeRaised[] {
  const { bodyId, disputeId } = command.data;
  participationBodyMustExist(state);
  const raisedBy = actorMustBeAParty(command.context.actor.role, 'PARTICIPATION_BODY');
  disputeMustNotBeRaisedYet(state, disputeId);
  const reason = disputeNeedsAReason(command.data.reason);
  const about = disputeMustSayWhatItIsAbout(command.data.about);
  return [{ type: 'BodyDisputeRaised', data: { bodyId, disputeId, reason, about, raisedBy } }];
}

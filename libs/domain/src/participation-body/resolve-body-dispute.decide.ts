import { onlyTheDisputeCommitteeResolvesDisputes } from '../kit';
import type { ResolveBodyDispute } from './participation-body.commands';
import { disputeMustBeOpen, resolutionMustSayHow } from './participation-body.dispute.rules';
import type { BodyDisputeResolved } from './participation-body.events';
import { participationBodyMustExist } from './participation-body.rules';
import type { ParticipationBodyState } from './participation-body.state';

/** Settled by the independent dispute committee, never by one of the parties. */
export function decideResolveBodyDispute(
  command: ResolveBodyDispute,
  state: ParticipationBodyState,
): BodyDisputeResolved[] {
  const { bodyId, disputeId } = command.data;
  participationBodyMustExist(state);
  onlyTheDisputeCommitteeResolvesDisputes(command.context.actor.role, 'PARTICIPATION_BODY');
  disputeMustBeOpen(state, disputeId);
  const resolution = resolutionMustSayHow(command.data.resolution);
  return [{ type: 'BodyDisputeResolved', data: { bodyId, disputeId, resolution } }];
}

import { currentMembershipOf, participationBodyDecider, participationBodyStreamId, type CommandContext } from '#domain';
import { ForbiddenCommandError } from '../application-errors';
import type { RuleStreams } from '../commands/rule-streams';

/*
 * Contract, second round: "a flexible-shell member may record signals only", and "the body's
 * side of a joint agreement is secretary or a current member (body-member)". Only a
 * `body-member` login is judged here: the secretary speaks for the body by office, other roles
 * by the role table. A body that does not exist is left to the rules that name it (404/422).
 */

/** A `body-member` login in the body's flexible shell is refused everything but recording signals (403). */
export async function flexibleShellOnlyRecordsSignals(
  streams: RuleStreams,
  bodyId: string | undefined,
  actor: CommandContext['actor'],
): Promise<void> {
  if (actor.role !== 'body-member' || bodyId === undefined) return;
  const { state: body } = await streams.load(participationBodyStreamId(bodyId), participationBodyDecider);
  if (body.status === 'none' || currentMembershipOf(body, actor.id)?.role !== 'flexible-shell') return;
  throw new ForbiddenCommandError(`A member of the flexible shell of ${body.name} only records signals.`);
}

/**
 * A `body-member` login speaks for the body in agreements and disputes only as a current member
 * outside the flexible shell (403 otherwise).
 */
export async function bodyMemberMustSpeakForBody(
  streams: RuleStreams,
  bodyId: string,
  actor: CommandContext['actor'],
): Promise<void> {
  if (actor.role !== 'body-member') return;
  const { state: body } = await streams.load(participationBodyStreamId(bodyId), participationBodyDecider);
  if (body.status === 'none') return;
  const member = currentMembershipOf(body, actor.id);
  if (member !== undefined && member.role !== 'flexible-shell') return;
  throw new ForbiddenCommandError(
    `Only a current member of ${body.name}, outside its flexible shell, speaks for the body in agreements and disputes.`,
  );
}

import {
  currentMembershipOf,
  mayActForBody,
  participationBodyDecider,
  participationBodyStreamId,
  type BodyAct,
  type CommandContext,
  type EstablishedParticipationBody,
} from '#domain';
import { ForbiddenCommandError } from '../application-errors';
import type { RuleStreams } from '../commands/rule-streams';

/*
 * "The council acts through its members" (shared/domain.md, second reading; contract, second
 * round): a `body-member` login acts for a body only as a current member of it, and a member of
 * the flexible shell only records signals (seed 000, 2). Only a `body-member` login is judged
 * here: the secretary speaks for the body by office, other roles are bound by the role table and
 * their municipalities alone. A body that does not exist is left to the rules that name it
 * (404/422), so it is no refusal here.
 */

const ACT_WORDS: Readonly<Record<BodyAct, string>> = {
  'issue-advice': 'issue its advice',
  'start-unsolicited-advice': 'start unsolicited advice for it',
  'withdraw-advice': 'withdraw its advice',
  'speak-for-body': 'speak for it in agreements and disputes',
  'record-signal': 'record signals for it',
};

/** The body a `body-member` login's act is judged against; none when nothing is to be judged. */
async function bodyToJudge(
  streams: RuleStreams,
  bodyId: string | undefined,
  actor: CommandContext['actor'],
): Promise<EstablishedParticipationBody | undefined> {
  if (actor.role !== 'body-member' || bodyId === undefined) return undefined;
  const { state: body } = await streams.load(participationBodyStreamId(bodyId), participationBodyDecider);
  return body.status === 'none' ? undefined : body;
}

/** A `body-member` login does `act` only for a body of which it is a current member (403 otherwise). */
export async function bodyMemberMustActForBody(
  streams: RuleStreams,
  bodyId: string,
  actor: CommandContext['actor'],
  act: BodyAct,
): Promise<void> {
  const body = await bodyToJudge(streams, bodyId, actor);
  if (body === undefined || mayActForBody(body, actor.id, act)) return;
  throw new ForbiddenCommandError(
    `Only a current member of ${body.name} may ${ACT_WORDS[act]}, and a member of its flexible shell only records signals.`,
  );
}

/** A `body-member` login in the body's flexible shell is refused everything but recording signals (403). */
export async function flexibleShellOnlyRecordsSignals(
  streams: RuleStreams,
  bodyId: string | undefined,
  actor: CommandContext['actor'],
): Promise<void> {
  const body = await bodyToJudge(streams, bodyId, actor);
  if (body === undefined || currentMembershipOf(body, actor.id)?.role !== 'flexible-shell') return;
  throw new ForbiddenCommandError(`A member of the flexible shell of ${body.name} only records signals.`);
}

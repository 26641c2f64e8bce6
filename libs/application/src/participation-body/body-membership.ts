import {
  mayActForBody,
  participationBodyDecider,
  participationBodyStreamId,
  type BodyAct,
  type CommandContext,
} from '#domain';
import { ForbiddenCommandError } from '../application-errors';
import type { RuleStreams } from '../commands/rule-streams';

const ACT_WORDS: Readonly<Record<BodyAct, string>> = {
  'issue-advice': 'issue its advice',
  'start-unsolicited-advice': 'start unsolicited advice for it',
  'withdraw-advice': 'withdraw its advice',
  'record-signal': 'record signals for it',
};

/**
 * "The council acts through its members" (shared/domain.md, second reading): a `body-member`
 * login does these acts only for a body of which it is a current member, and a member of the
 * flexible shell only records signals (seed 000, 2). Other roles are bound by the role table and
 * their municipalities alone; the secretary speaks for the body by office. A body that does not
 * exist is left to the rules that name it (404/422), so it is no refusal here.
 */
export async function bodyMemberMustActForBody(
  streams: RuleStreams,
  bodyId: string,
  actor: CommandContext['actor'],
  act: BodyAct,
): Promise<void> {
  if (actor.role !== 'body-member') return;
  const { state: body } = await streams.load(participationBodyStreamId(bodyId), participationBodyDecider);
  if (body.status === 'none' || mayActForBody(body, actor.id, act)) return;
  throw new ForbiddenCommandError(
    `Only a current member of ${body.name} may ${ACT_WORDS[act]}, and a member of its flexible shell only records signals.`,
  );
}

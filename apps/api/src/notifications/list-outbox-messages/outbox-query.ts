import { ForbiddenCommandError } from '#application';
import type { listOutboxMessages } from '#notifications';
import { municipalitiesToRead, type Caller } from '../../read-models/viewer';
import type { ListOutboxMessagesQueryDto } from './list-outbox-messages.query.dto';

export function ensureMayReadOutbox(caller: Caller): void {
  if (!caller.principal.roles.includes('admin')) throw new ForbiddenCommandError('Only an admin may read the outbox.');
}

/** The mails asked for, within the municipalities the caller acts for (403 for another's). */
export function outboxQuery(
  query: ListOutboxMessagesQueryDto,
  caller: Caller,
): Parameters<typeof listOutboxMessages>[1] {
  const statuses = query.status === undefined ? [] : [query.status];
  return { municipalities: municipalitiesToRead(caller, query.municipalityCode), statuses, ...query.page };
}

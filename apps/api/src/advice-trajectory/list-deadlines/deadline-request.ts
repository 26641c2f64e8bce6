import type { Principal } from '#application';
import { addDays, dateOf } from '#domain';
import type { DeadlineHolder, DeadlineListRequest } from '#projections';
import type { ListDeadlinesQueryDto } from './list-deadlines.query.dto';

/** The caller's terms from today up to and including the last day asked for. */
export function deadlineRequest(query: ListDeadlinesQueryDto, principal: Principal): DeadlineListRequest {
  const today = dateOf(new Date().toISOString());
  // "Near" includes the last day asked for: terms before the day after it.
  const horizon = addDays(today, query.withinDays + 1);
  const holder = holderOf(principal, query.bodyId);
  return {
    holder,
    municipalities: principal.municipalities,
    today,
    horizon,
    page: query.page,
    minPosition: query.minPosition,
  };
}

/** The body's side reads its advice deadlines; anyone else the trajectories they are responsible for. */
function holderOf(principal: Principal, bodyId: string | undefined): DeadlineHolder {
  const bodySide = principal.roles.some((role) => role === 'secretary' || role === 'body-member');
  if (bodySide && !principal.roles.includes('official')) {
    return bodyId === undefined ? { kind: 'body' } : { kind: 'body', bodyId };
  }
  return { kind: 'official', responsibleOfficial: principal.id };
}

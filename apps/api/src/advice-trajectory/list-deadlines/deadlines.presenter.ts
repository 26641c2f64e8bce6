import type { DeadlineListRequest, Page, TrajectoryDeadlines } from '#projections';
import type { Caller } from '../../read-models/viewer';
import { presentAdviceSummary } from '../list-advice/advice-summary.presenter';
import type { DeadlineListDto } from './list-deadlines.response.dto';

/** Whose terms and up to when, and each trajectory's summary beside its terms. */
export function presentDeadlines(
  request: DeadlineListRequest,
  found: Page<TrajectoryDeadlines>,
  caller: Caller,
): DeadlineListDto {
  return {
    holder: request.holder.kind,
    horizon: request.horizon,
    ...found,
    items: found.items.map(({ doc, deadlines }) => ({
      trajectory: presentAdviceSummary(doc, request.today, caller),
      deadlines: deadlines.map((d) => ({ ...d })),
    })),
  };
}

import { personal } from '../kit';
import type { RecordContribution } from './temporary-table.commands';
import type { ContributionRecorded } from './temporary-table.events';
import { contributionNeedsASummary, perspectiveMustBeAGroup } from './temporary-table.input.rules';
import {
  contributionMustNotBeRecordedYet,
  sessionMustHaveBeenHeldAtThisTable,
  tableMustBeOpen,
} from './temporary-table.rules';
import type { TemporaryTableState } from './temporary-table.state';

export function decideRecordContribution(
  command: RecordContribution,
  state: TemporaryTableState,
): ContributionRecorded[] {
  const { tableId, contributionId, perspective, sessionId } = command.data;
  tableMustBeOpen(state);
  contributionMustNotBeRecordedYet(state, contributionId);
  perspectiveMustBeAGroup(perspective);
  const summary = contributionNeedsASummary(command.data.summary);
  sessionMustHaveBeenHeldAtThisTable(state, sessionId);
  return [
    {
      type: 'ContributionRecorded',
      data: {
        tableId,
        contributionId,
        perspective,
        summary: personal(contributionId, summary),
        ...(sessionId === undefined ? {} : { sessionId }),
      },
    },
  ];
}

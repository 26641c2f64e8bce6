import type { CloseTemporaryTable } from './temporary-table.commands';
import type { TemporaryTableClosed } from './temporary-table.events';
import { closingNeedsASummary, optionalText } from './temporary-table.input.rules';
import {
  clientPerspectiveMustBeHeard,
  missingGroupReasonsMustConcernMissingGroups,
  tableMustBeOpen,
} from './temporary-table.rules';
import type { TemporaryTableState } from './temporary-table.state';

export function decideCloseTemporaryTable(
  command: CloseTemporaryTable,
  state: TemporaryTableState,
): TemporaryTableClosed[] {
  const { tableId, outcome } = command.data;
  tableMustBeOpen(state);
  const summary = closingNeedsASummary(command.data.summary);
  const clientPerspectiveWaiver = clientPerspectiveMustBeHeard(
    state,
    optionalText(command.data.clientPerspectiveWaiver),
  );
  const missingGroupReasons = missingGroupReasonsMustConcernMissingGroups(state, command.data.missingGroupReasons);
  return [
    {
      type: 'TemporaryTableClosed',
      data: {
        tableId,
        outcome,
        summary,
        ...(clientPerspectiveWaiver === undefined ? {} : { clientPerspectiveWaiver }),
        ...(missingGroupReasons === undefined ? {} : { missingGroupReasons }),
      },
    },
  ];
}

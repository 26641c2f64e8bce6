import type { CloseTemporaryTable } from './temporary-table.commands';
import type { TemporaryTableClosed } from './temporary-table.events';
import { closingNeedsASummary, optionalText } from './temporary-table.input.rules';
import { clientPerspectiveMustBeHeard, tableMustBeOpen } from './temporary-table.rules';
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
  return [
    {
      type: 'TemporaryTableClosed',
      data: {
        tableId,
        outcome,
        summary,
        ...(clientPerspectiveWaiver === undefined ? {} : { clientPerspectiveWaiver }),
      },
    },
  ];
}

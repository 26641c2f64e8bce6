import type { OpenTemporaryTable } from './temporary-table.commands';
import type { TemporaryTableOpened } from './temporary-table.events';
import {
  bodyMustBeNamedWhenItInitiated,
  expectedGroupsMustBeNamedOnce,
  municipalityMustBeNamedByCode,
  optionalText,
  plannedUntilMustBeADate,
  tableNeedsAQuestion,
  tableNeedsATheme,
} from './temporary-table.input.rules';
import { tableMustNotExistYet } from './temporary-table.rules';
import type { TemporaryTableState } from './temporary-table.state';

export function decideOpenTemporaryTable(
  command: OpenTemporaryTable,
  state: TemporaryTableState,
): TemporaryTableOpened[] {
  const { tableId, municipalityCode, initiatedBy, form, plannedUntil } = command.data;
  tableMustNotExistYet(state);
  municipalityMustBeNamedByCode(municipalityCode);
  const bodyId = optionalText(command.data.bodyId);
  bodyMustBeNamedWhenItInitiated(initiatedBy, bodyId);
  const theme = tableNeedsATheme(command.data.theme);
  const question = tableNeedsAQuestion(command.data.question);
  const expectedGroups = expectedGroupsMustBeNamedOnce(command.data.expectedGroups);
  plannedUntilMustBeADate(plannedUntil);
  return [
    {
      type: 'TemporaryTableOpened',
      data: {
        tableId,
        municipalityCode,
        ...(bodyId === undefined ? {} : { bodyId }),
        theme,
        question,
        initiatedBy,
        form,
        expectedGroups,
        ...(plannedUntil === undefined ? {} : { plannedUntil }),
      },
    },
  ];
}

import { assertNever, type Decider } from '../kit';
import { decideAttachTableDocument } from './attach-table-document.decide';
import { decideCloseTemporaryTable } from './close-temporary-table.decide';
import { decideHoldSession } from './hold-session.decide';
import { decideOpenTemporaryTable } from './open-temporary-table.decide';
import { decideRecordContribution } from './record-contribution.decide';
import { decideRegisterParticipant } from './register-participant.decide';
import type { TemporaryTableCommand } from './temporary-table.commands';
import type { TemporaryTableEvent } from './temporary-table.events';
import { evolveTemporaryTable, initialTemporaryTableState, type TemporaryTableState } from './temporary-table.state';

export const TEMPORARY_TABLE_STREAM_PREFIX = 'temporary-table-';

export function temporaryTableStreamId(tableId: string): string {
  return `${TEMPORARY_TABLE_STREAM_PREFIX}${tableId}`;
}

function decideTemporaryTable(command: TemporaryTableCommand, state: TemporaryTableState): TemporaryTableEvent[] {
  switch (command.type) {
    case 'OpenTemporaryTable':
      return decideOpenTemporaryTable(command, state);
    case 'RegisterParticipant':
      return decideRegisterParticipant(command, state);
    case 'HoldSession':
      return decideHoldSession(command, state);
    case 'RecordContribution':
      return decideRecordContribution(command, state);
    case 'CloseTemporaryTable':
      return decideCloseTemporaryTable(command, state);
    case 'AttachTableDocument':
      return decideAttachTableDocument(command, state);
    default:
      return assertNever(command);
  }
}

export const temporaryTableDecider: Decider<TemporaryTableCommand, TemporaryTableEvent, TemporaryTableState> = {
  decide: decideTemporaryTable,
  evolve: evolveTemporaryTable,
  initialState: initialTemporaryTableState,
};

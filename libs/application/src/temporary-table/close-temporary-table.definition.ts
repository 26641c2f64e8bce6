import {
  temporaryTableDecider,
  temporaryTableStreamId,
  type CloseTemporaryTable,
  type TemporaryTableEvent,
  type TemporaryTableState,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { flexibleShellMayNotWorkAtTable, tableMunicipalities } from './temporary-table.cross-checks';

export const closeTemporaryTable: CommandDefinition<CloseTemporaryTable, TemporaryTableEvent, TemporaryTableState> = {
  operationId: 'CloseTemporaryTable',
  decider: temporaryTableDecider,
  creates: false,
  streamId: (data) => temporaryTableStreamId(data.tableId),
  resultId: (data) => data.tableId,
  municipalities: (_data, state) => tableMunicipalities(state),
  crossCheck: (_data, state, streams, actor) => flexibleShellMayNotWorkAtTable(state, streams, actor),
};

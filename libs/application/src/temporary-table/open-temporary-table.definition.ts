import {
  temporaryTableDecider,
  temporaryTableStreamId,
  type OpenTemporaryTable,
  type TemporaryTableEvent,
  type TemporaryTableState,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { tableMustOpenWhereItsBodyServes } from './temporary-table.cross-checks';

export const openTemporaryTable: CommandDefinition<OpenTemporaryTable, TemporaryTableEvent, TemporaryTableState> = {
  operationId: 'OpenTemporaryTable',
  decider: temporaryTableDecider,
  creates: true,
  streamId: (data) => temporaryTableStreamId(data.tableId),
  resultId: (data) => data.tableId,
  municipalities: (data) => [data.municipalityCode],
  crossCheck: (data, _state, streams) => tableMustOpenWhereItsBodyServes(streams, data.municipalityCode, data.bodyId),
};

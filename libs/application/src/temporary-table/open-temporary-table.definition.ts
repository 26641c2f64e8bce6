import {
  temporaryTableDecider,
  temporaryTableStreamId,
  type OpenTemporaryTable,
  type TemporaryTableEvent,
  type TemporaryTableState,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { flexibleShellOnlyRecordsSignals } from '../participation-body/body-membership';
import { tableMustOpenWhereItsBodyServes } from './temporary-table.cross-checks';

export const openTemporaryTable: CommandDefinition<OpenTemporaryTable, TemporaryTableEvent, TemporaryTableState> = {
  operationId: 'OpenTemporaryTable',
  decider: temporaryTableDecider,
  creates: true,
  streamId: (data) => temporaryTableStreamId(data.tableId),
  resultId: (data) => data.tableId,
  municipalities: (data) => [data.municipalityCode],
  crossCheck: async (data, _state, streams, actor) => {
    await tableMustOpenWhereItsBodyServes(streams, data.municipalityCode, data.bodyId);
    await flexibleShellOnlyRecordsSignals(streams, data.bodyId, actor);
  },
};

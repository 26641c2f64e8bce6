import {
  temporaryTableDecider,
  temporaryTableStreamId,
  type RecordContribution,
  type TemporaryTableEvent,
  type TemporaryTableState,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { flexibleShellMayNotWorkAtTable, tableMunicipalities } from './temporary-table.cross-checks';

export const recordContribution: CommandDefinition<RecordContribution, TemporaryTableEvent, TemporaryTableState> = {
  operationId: 'RecordContribution',
  decider: temporaryTableDecider,
  creates: false,
  streamId: (data) => temporaryTableStreamId(data.tableId),
  resultId: (data) => data.contributionId,
  municipalities: (_data, state) => tableMunicipalities(state),
  crossCheck: (_data, state, streams, actor) => flexibleShellMayNotWorkAtTable(state, streams, actor),
};

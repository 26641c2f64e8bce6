import {
  temporaryTableDecider,
  temporaryTableStreamId,
  type HoldSession,
  type TemporaryTableEvent,
  type TemporaryTableState,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { flexibleShellMayNotWorkAtTable, tableMunicipalities } from './temporary-table.cross-checks';

export const holdSession: CommandDefinition<HoldSession, TemporaryTableEvent, TemporaryTableState> = {
  operationId: 'HoldSession',
  decider: temporaryTableDecider,
  creates: false,
  streamId: (data) => temporaryTableStreamId(data.tableId),
  resultId: (data) => data.sessionId,
  municipalities: (_data, state) => tableMunicipalities(state),
  crossCheck: (_data, state, streams, actor) => flexibleShellMayNotWorkAtTable(state, streams, actor),
};

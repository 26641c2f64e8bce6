import {
  temporaryTableDecider,
  temporaryTableStreamId,
  type RegisterParticipant,
  type TemporaryTableEvent,
  type TemporaryTableState,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { flexibleShellMayNotWorkAtTable, tableMunicipalities } from './temporary-table.cross-checks';

export const registerParticipant: CommandDefinition<RegisterParticipant, TemporaryTableEvent, TemporaryTableState> = {
  operationId: 'RegisterParticipant',
  decider: temporaryTableDecider,
  creates: false,
  streamId: (data) => temporaryTableStreamId(data.tableId),
  resultId: (data) => data.participantId,
  municipalities: (_data, state) => tableMunicipalities(state),
  crossCheck: (_data, state, streams, actor) => flexibleShellMayNotWorkAtTable(state, streams, actor),
};

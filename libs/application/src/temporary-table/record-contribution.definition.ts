import {
  temporaryTableDecider,
  temporaryTableStreamId,
  type RecordContribution,
  type TemporaryTableEvent,
  type TemporaryTableState,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { tableMunicipalities } from './temporary-table.cross-checks';

export const recordContribution: CommandDefinition<RecordContribution, TemporaryTableEvent, TemporaryTableState> = {
  operationId: 'RecordContribution',
  decider: temporaryTableDecider,
  creates: false,
  streamId: (data) => temporaryTableStreamId(data.tableId),
  resultId: (data) => data.contributionId,
  municipalities: (_data, state) => tableMunicipalities(state),
};

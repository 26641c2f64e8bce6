import {
  fold,
  personsAtTheTable,
  temporaryTableDecider,
  temporaryTableStreamId,
  type AttachTableDocument,
  type TemporaryTableEvent,
  type TemporaryTableState,
} from '#domain';
import type { EventStore } from '#event-store';
import type { CommandDefinition } from '../commands/command-definition';
import { upcast } from '../commands/upcast';
import { flexibleShellMayNotWorkAtTable, tableMunicipalities } from '../temporary-table/temporary-table.cross-checks';

/** Minutes and a table's report, kept by the body's members. */
export const attachTableDocument: CommandDefinition<AttachTableDocument, TemporaryTableEvent, TemporaryTableState> = {
  operationId: 'AttachTableDocument',
  decider: temporaryTableDecider,
  creates: false,
  streamId: (data) => temporaryTableStreamId(data.tableId),
  resultId: (data) => data.tableId,
  municipalities: (_data, state) => tableMunicipalities(state),
  crossCheck: (_data, state, streams, actor) => flexibleShellMayNotWorkAtTable(state, streams, actor),
};

/** The same operation with the bytes kept (sealed, by `store`) just before its event is recorded. */
export function attachTableDocumentStoring(
  store: () => Promise<void>,
): CommandDefinition<AttachTableDocument, TemporaryTableEvent, TemporaryTableState> {
  return { ...attachTableDocument, beforeAppend: store };
}

/**
 * Everyone a table's documents are sealed for, from the table's stream as stored: its
 * participants and contributions. A table never opened concerns nobody (the command refuses it).
 */
export async function personsConcernedByTable(store: EventStore, tableId: string): Promise<string[]> {
  const recorded = await store.readStream(temporaryTableStreamId(tableId));
  const state = fold(
    temporaryTableDecider,
    recorded.map((e) => ({ type: e.type, data: upcast(e).data }) as TemporaryTableEvent),
  );
  return state.status === 'none' ? [] : personsAtTheTable(state);
}

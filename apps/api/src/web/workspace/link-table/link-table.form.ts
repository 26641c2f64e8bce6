import { allItemsOrNone } from '../../api/all-pages';
import type { ApiClient } from '../../api/api-client';
import type { TableSummary } from '../../api/api-types';
import type { FormDefinition } from '../../forms/form-model';
import { trajectoryCommandForm } from '../trajectory-form-context';
import type { SignedInContext } from '../workspace-page';

/** LinkTemporaryTable: a table held in the trajectory's municipality that the advice rests on. */
export function linkTableForm(context: SignedInContext, api: ApiClient, trajectoryId: string): Promise<FormDefinition> {
  const f = context.t.forms.linkTable;
  return trajectoryCommandForm(context, api, trajectoryId, {
    words: f,
    path: '/linked-tables',
    items: async (chain) => {
      const tables = await allItemsOrNone<TableSummary>(api, '/temporary-tables', {
        municipalityCode: chain.municipalityCode,
      });
      const linked = new Set(chain.tables.map((table) => table.tableId));
      const options = tables
        .filter((table) => !linked.has(table.id))
        .map((table) => ({ value: table.id, label: `${table.theme}: ${table.question}` }));
      return [{ kind: 'select', name: 'tableId', label: f.table, required: true, options }];
    },
  });
}

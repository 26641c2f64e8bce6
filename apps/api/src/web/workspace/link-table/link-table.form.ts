import type { ApiClient } from '../../api/api-client';
import type { Page, TableSummary } from '../../api/api-types';
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
      const tables = await api.get<Page<TableSummary>>('/temporary-tables', {
        municipalityCode: chain.municipalityCode,
        limit: 200,
      });
      const linked = new Set(chain.tables.map((table) => table.tableId));
      const options = (tables.ok ? tables.body.items : [])
        .filter((table) => !linked.has(table.id))
        .map((table) => ({ value: table.id, label: `${table.theme}: ${table.question}` }));
      return [{ kind: 'select', name: 'tableId', label: f.table, required: true, options }];
    },
  });
}

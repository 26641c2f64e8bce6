import { TABLE_GROUPS } from '#domain';
import { valueOf, type FormDefinition } from '../../forms/form-model';
import type { SignedInContext } from '../workspace-page';
import { workspaceListDone } from '../workspace-done';

const attendanceField = (group: string): string => `attendance-${group}`;

/** HoldSession: when the table met and how many of each group were there. */
export function holdSessionForm(context: SignedInContext, tableId: string): FormDefinition {
  const { t } = context;
  const f = t.forms.holdSession;
  return {
    title: f.title,
    submitLabel: f.submit,
    backHref: '/werkruimte',
    items: [
      { kind: 'date', name: 'heldOn', label: f.heldOn, required: true },
      {
        kind: 'group',
        legend: f.attendance,
        hint: f.attendanceHint,
        fields: TABLE_GROUPS.map((group) => ({
          kind: 'number',
          name: attendanceField(group),
          label: t.labels.tableGroup[group],
        })),
      },
    ],
    command: (values) => ({
      path: `/temporary-tables/${tableId}/sessions`,
      body: {
        heldOn: valueOf(values, 'heldOn'),
        attendance: Object.fromEntries(
          TABLE_GROUPS.filter((group) => valueOf(values, attendanceField(group)) !== '').map((group) => [
            group,
            Number(valueOf(values, attendanceField(group))),
          ]),
        ),
      },
      fieldOf: (apiName) => {
        if (apiName === 'heldOn') return 'heldOn';
        const group = TABLE_GROUPS.find((g) => apiName === `attendance.${g}`);
        return group === undefined ? attendanceField(TABLE_GROUPS[0]) : attendanceField(group);
      },
    }),
    doneHref: workspaceListDone('tafels'),
  };
}

import type { VNode } from 'preact';
import type { AdviceSummary } from '../../api/api-types';
import { Cell, RowHeader, Table } from '../../components/table';
import { labelOf } from '../../i18n/labels';
import { formatDate } from '../../page/format';
import type { PageContext } from '../../page/page-context';

interface AdviceTableProps<T extends AdviceSummary> {
  readonly context: PageContext;
  readonly caption: string;
  readonly rows: readonly T[];
  /** The third column: the kind of advice (the overview) or its domain (the register). */
  readonly third: 'kind' | 'domain';
  /** The words of the overdue badge beside a row's status, if it has one. */
  readonly badgeOf: (row: T) => string | undefined;
}

/**
 * Advice trajectories as a table, each subject a link to its trajectory page, an overdue row
 * highlighted with a badge beside its status: the workspace's overview and the register.
 */
export function AdviceTable<T extends AdviceSummary>({
  context,
  caption,
  rows,
  third,
  badgeOf,
}: AdviceTableProps<T>): VNode {
  const { t } = context;
  return (
    <Table
      caption={caption}
      captionHidden
      headers={[
        t.municipality.subject,
        t.workspace.municipality,
        third === 'kind' ? t.municipality.kind : t.municipality.domain,
        t.municipality.status,
        t.municipality.issuedOn,
        t.municipality.responseDueOn,
      ]}
    >
      {rows.map((item) => {
        const badge = badgeOf(item);
        return (
          <tr class={item.overdue ? 'utrecht-table__row utrecht-table__row--overdue' : 'utrecht-table__row'}>
            <RowHeader>
              <a class="utrecht-link" href={`/trajecten/${item.id}`}>
                {item.subject}
              </a>
            </RowHeader>
            <Cell>{item.municipalityCode}</Cell>
            <Cell>
              {third === 'kind' ? labelOf(t.labels.adviceKind, item.kind) : labelOf(t.labels.domain, item.domain)}
            </Cell>
            <Cell>
              {labelOf(t.labels.adviceStatus, item.status)}
              {badge ? (
                <>
                  {' '}
                  <span class="utrecht-status-badge utrecht-status-badge--danger">{badge}</span>
                </>
              ) : null}
            </Cell>
            <Cell>{formatDate(t.locale, item.issuedOn)}</Cell>
            <Cell>{formatDate(t.locale, item.responseDueOn)}</Cell>
          </tr>
        );
      })}
    </Table>
  );
}

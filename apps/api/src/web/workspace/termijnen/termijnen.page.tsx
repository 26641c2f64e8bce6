import type { VNode } from 'preact';
import type { DeadlineList } from '../../api/record-types';
import { Paragraph } from '../../components/messages';
import { PageCount } from '../../components/page-count';
import { Pager } from '../../components/pager';
import { Cell, RowHeader, Table } from '../../components/table';
import { labelOf } from '../../i18n/labels';
import { formatDate } from '../../page/format';
import type { PageContext } from '../../page/page-context';
import { RecordsLayout, recordsText } from '../records/records-layout';

/** The visitor's own terms near or past, a row per term, the past ones marked. */
export function DeadlinesPage({
  context,
  list,
  withinDays,
}: {
  readonly context: PageContext;
  readonly list: DeadlineList;
  readonly withinDays: number;
}): VNode {
  const { t } = context;
  const text = recordsText(context).deadlines;
  return (
    <RecordsLayout context={context} title={text.title}>
      <Paragraph lead>
        {list.holder === 'official' ? text.introOfficial(withinDays) : text.introBody(withinDays)}
      </Paragraph>
      <PageCount page={list} text={recordsText(context).filters.shown} />
      {list.items.length === 0 ? (
        <Paragraph>{text.none}</Paragraph>
      ) : (
        <Table
          caption={text.caption}
          headers={[text.trajectory, t.workspace.municipality, text.term, text.dueOn, text.state]}
        >
          {list.items.flatMap(({ trajectory, deadlines }) =>
            deadlines.map((deadline) => (
              <tr class={deadline.overdue ? 'utrecht-table__row utrecht-table__row--overdue' : 'utrecht-table__row'}>
                <RowHeader>
                  <a class="utrecht-link" href={`/trajecten/${trajectory.id}`}>
                    {trajectory.subject}
                  </a>
                </RowHeader>
                <Cell>{trajectory.municipalityCode}</Cell>
                <Cell>
                  {labelOf(text.kinds, deadline.kind)}
                  {deadline.description ? `: ${deadline.description}` : ''}
                </Cell>
                <Cell>
                  <time dateTime={deadline.dueOn}>{formatDate(t.locale, deadline.dueOn)}</time>
                </Cell>
                <Cell>
                  <span class={`utrecht-status-badge utrecht-status-badge--${deadline.overdue ? 'danger' : 'warning'}`}>
                    {deadline.overdue ? text.past : text.near}
                  </span>
                </Cell>
              </tr>
            )),
          )}
        </Table>
      )}
      <Pager context={context} page={list} />
    </RecordsLayout>
  );
}

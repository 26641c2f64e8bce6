import type { VNode } from 'preact';
import type { Dispute } from '../../api/record-types';
import { Cell, RowHeader, Table } from '../../components/table';
import { labelOf } from '../../i18n/labels';
import { formatDate, formatInstant } from '../../page/format';
import type { PageContext } from '../../page/page-context';
import { recordsText } from '../records/records-layout';

/** Disputes about trajectories and bodies, with who raised them and the committee's resolution. */
export function DisputesTable({
  context,
  disputes,
  caption,
}: {
  readonly context: PageContext;
  readonly disputes: readonly Dispute[];
  readonly caption: string;
}): VNode {
  const { t } = context;
  const text = recordsText(context).disputes;
  const sides = recordsText(context).agenda.sides;
  return (
    <Table
      caption={caption}
      captionHidden
      headers={[text.about, text.raisedBy, text.reason, text.raisedAt, text.status, text.resolution]}
    >
      {disputes.map((dispute) => (
        <tr class="utrecht-table__row">
          <RowHeader>
            {dispute.kind === 'trajectory' && dispute.trajectoryId ? (
              <a class="utrecht-link" href={`/trajecten/${dispute.trajectoryId}`}>
                {dispute.subject ?? labelOf(text.abouts, dispute.about)}
              </a>
            ) : (
              labelOf(text.abouts, dispute.about)
            )}
          </RowHeader>
          <Cell>{dispute.raisedBy ? labelOf(sides, dispute.raisedBy) : ''}</Cell>
          <Cell>{dispute.reason}</Cell>
          <Cell>{formatInstant(t.locale, dispute.raisedAt)}</Cell>
          <Cell>{labelOf(text.statuses, dispute.status)}</Cell>
          <Cell>
            {dispute.resolution
              ? `${dispute.resolution}${dispute.resolvedAt ? ` (${formatDate(t.locale, dispute.resolvedAt)})` : ''}`
              : ''}
          </Cell>
        </tr>
      ))}
    </Table>
  );
}

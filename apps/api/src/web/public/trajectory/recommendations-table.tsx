import type { VNode } from 'preact';
import type { RecommendationOutcome } from '../../api/api-types';
import { Cell, RowHeader, Table } from '../../components/table';
import { labelOf } from '../../i18n/labels';
import { formatDate } from '../../page/format';
import type { PageContext } from '../../page/page-context';

/** Each recommendation's fate: the college's decision and reasoning, the council, the implementation. */
export function RecommendationsTable({
  context,
  recommendations,
  caption,
}: {
  context: PageContext;
  recommendations: readonly RecommendationOutcome[];
  caption: string;
}): VNode {
  const { t } = context;
  const labels = t.labels;
  return (
    <Table
      caption={caption}
      headers={[
        t.trajectory.number,
        t.trajectory.recommendation,
        t.trajectory.collegeDecision,
        t.trajectory.reasoning,
        t.trajectory.councilDecision,
        t.trajectory.implementation,
      ]}
    >
      {recommendations.map((r) => (
        <tr class="utrecht-table__row">
          <RowHeader>{r.number}</RowHeader>
          <Cell>{r.text}</Cell>
          <Cell>{r.collegeDecision ? labelOf(labels.collegeDecision, r.collegeDecision) : t.trajectory.notYet}</Cell>
          <Cell>{r.reasoning ?? ''}</Cell>
          <Cell>{r.councilDecision ? labelOf(labels.councilDecision, r.councilDecision) : t.trajectory.notYet}</Cell>
          <Cell>
            {r.implementation
              ? `${labelOf(labels.implementationStatus, r.implementation.status)} (${formatDate(t.locale, r.implementation.reportedOn)})${r.implementation.note ? `: ${r.implementation.note}` : ''}`
              : t.trajectory.notYet}
          </Cell>
        </tr>
      ))}
    </Table>
  );
}

import type { VNode } from 'preact';
import type { EvaluationFinding } from '../../api/api-types';
import { Cell, RowHeader, Table } from '../../components/table';
import { Paragraph } from '../../components/messages';
import { labelOf } from '../../i18n/labels';
import { formatDate } from '../../page/format';
import type { PageContext } from '../../page/page-context';

/** The evaluators' findings beside the numbers: the collaboration no yardstick counts (seed 004, "Evaluatie"). */
export function FindingsSection({
  context,
  findings,
}: {
  context: PageContext;
  findings: readonly EvaluationFinding[];
}): VNode {
  const { t } = context;
  const d = t.dashboard;
  return (
    <section aria-labelledby="findings-heading">
      <h2 class="utrecht-heading-2" id="findings-heading">
        {d.findingsHeading}
      </h2>
      {findings.length === 0 ? (
        <Paragraph>{d.noFindings}</Paragraph>
      ) : (
        <Table caption={d.findingsHeading} headers={[d.findingTopic, d.finding, d.findingRecordedOn]}>
          {findings.map((f) => (
            <tr class="utrecht-table__row">
              <RowHeader>{labelOf(t.labels.evaluationTopic, f.topic)}</RowHeader>
              <Cell>{f.finding}</Cell>
              <Cell>{formatDate(t.locale, f.recordedOn)}</Cell>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}

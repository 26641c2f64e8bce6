import type { VNode } from 'preact';
import type { Page, PilotEvaluation } from '../../api/api-types';
import type { PilotSummary } from '../../api/record-types';
import { DataList, Paragraph } from '../../components/messages';
import { PageCount } from '../../components/page-count';
import { Pager } from '../../components/pager';
import { Cell, RowHeader, Table } from '../../components/table';
import { FindingsSection } from '../../dashboard/evaluation/findings-section';
import { formatYardstickValue } from '../../dashboard/evaluation/yardstick-format';
import { labelOf } from '../../i18n/labels';
import { formatDate } from '../../page/format';
import type { PageContext } from '../../page/page-context';
import { RecordsLayout, recordsText } from '../records/records-layout';
import { SubjectActions } from '../subject-actions';

/** The pilots, each a link to its evaluation: nobody has to type a pilot's id. */
export function PilotsPage({
  context,
  pilots,
}: {
  readonly context: PageContext;
  readonly pilots: Page<PilotSummary>;
}): VNode {
  const { t } = context;
  const text = recordsText(context).pilots;
  return (
    <RecordsLayout context={context} title={text.title}>
      <Paragraph lead>{text.intro}</Paragraph>
      <PageCount page={pilots} text={recordsText(context).filters.shown} />
      {pilots.items.length === 0 ? (
        <Paragraph>{text.none}</Paragraph>
      ) : (
        <Table
          caption={text.caption}
          captionHidden
          headers={[text.name, text.period, text.bodies, text.criteria, text.findings]}
        >
          {pilots.items.map((pilot) => (
            <tr class="utrecht-table__row">
              <RowHeader>
                <a class="utrecht-link" href={`/werkruimte/pilots/${pilot.id}`}>
                  {pilot.name}
                </a>
              </RowHeader>
              <Cell>{text.periodText(formatDate(t.locale, pilot.startsOn), formatDate(t.locale, pilot.endsOn))}</Cell>
              <Cell>{pilot.bodies.map((b) => b.name).join(', ')}</Cell>
              <Cell>{pilot.criteriaCount}</Cell>
              <Cell>{pilot.findingsCount}</Cell>
            </tr>
          ))}
        </Table>
      )}
      <Pager context={context} page={pilots} />
    </RecordsLayout>
  );
}

/** One pilot's evaluation: every yardstick over the whole pilot against its target, then the findings. */
export function PilotPage({
  context,
  evaluation,
  saved = false,
}: {
  readonly context: PageContext;
  readonly evaluation: PilotEvaluation;
  /** Shown right after a form, once the page holds what it recorded. */
  readonly saved?: boolean;
}): VNode {
  const { t } = context;
  const text = recordsText(context);
  return (
    <RecordsLayout context={context} title={evaluation.name}>
      <SubjectActions
        context={context}
        saved={saved}
        actions={[
          {
            operation: 'RecordEvaluationFinding',
            href: `/werkruimte/pilots/${evaluation.pilotId}/bevinding`,
            label: t.forms.recordFinding.title,
          },
        ]}
      />
      <DataList
        items={[
          [
            text.pilots.period,
            text.pilots.periodText(formatDate(t.locale, evaluation.startsOn), formatDate(t.locale, evaluation.endsOn)),
          ],
        ]}
      />
      <p class="utrecht-paragraph no-print">
        <a class="utrecht-link" href={`/evaluatie/${evaluation.pilotId}`}>
          {text.pilot.dashboardLink}
        </a>
      </p>
      <h2 class="utrecht-heading-2">{text.pilot.yardsticksHeading}</h2>
      <Table
        caption={text.pilot.yardsticksCaption}
        captionHidden
        headers={[text.pilot.yardstick, text.pilot.value, text.pilot.target, text.pilot.met]}
      >
        {evaluation.total.map((y) => (
          <tr class="utrecht-table__row">
            <RowHeader>{labelOf(t.labels.yardstick, y.metric)}</RowHeader>
            <Cell>{formatYardstickValue(t.locale, y.metric, y.value)}</Cell>
            <Cell>{y.target === undefined ? '' : formatYardstickValue(t.locale, y.metric, y.target)}</Cell>
            <Cell>{y.met === undefined ? '' : y.met ? t.common.yes : t.common.no}</Cell>
          </tr>
        ))}
      </Table>
      <FindingsSection context={context} findings={evaluation.findings} />
    </RecordsLayout>
  );
}

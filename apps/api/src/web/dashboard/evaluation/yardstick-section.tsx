import type { VNode } from 'preact';
import type { Yardstick } from '../../api/api-types';
import { Cell, RowHeader, Table } from '../../components/table';
import { labelOf } from '../../i18n/labels';
import type { PageContext } from '../../page/page-context';
import { formatYardstickValue, shareChartData } from './yardstick-format';

interface YardstickSectionProps {
  readonly context: PageContext;
  readonly id: string;
  readonly heading: string;
  readonly yardsticks: readonly Yardstick[];
}

/**
 * One scope's yardsticks: a bar chart of the shares against their targets, named for screen
 * readers, and beside it the table of every yardstick with the same numbers.
 */
export function YardstickSection({ context, id, heading, yardsticks }: YardstickSectionProps): VNode {
  const { t } = context;
  const d = t.dashboard;
  const label = (metric: string): string => labelOf(t.labels.yardstick, metric);
  const chart = shareChartData(yardsticks, label);
  const spec = JSON.stringify({ ...chart, valueLabel: d.series, targetLabel: d.targetSeries });
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 class="utrecht-heading-2" id={`${id}-heading`}>
        {heading}
      </h2>
      {chart.labels.length > 0 ? (
        <figure class="chart-figure" aria-labelledby={`${id}-chart-caption`}>
          <figcaption class="utrecht-paragraph" id={`${id}-chart-caption`}>
            {d.sharesChart}
          </figcaption>
          <div class="chart-canvas">
            <canvas id={`${id}-chart`} role="img" aria-label={d.sharesChartName(heading)} data-chart={spec}>
              {d.sharesCaption(heading)}
            </canvas>
          </div>
        </figure>
      ) : null}
      <Table caption={d.sharesCaption(heading)} headers={[d.yardstick, d.direction, d.value, d.target, d.met]}>
        {yardsticks.map((y) => (
          <tr class="utrecht-table__row">
            <RowHeader>{label(y.metric)}</RowHeader>
            <Cell>{labelOf(t.labels.yardstickDirection, y.direction)}</Cell>
            <Cell>{y.value === null ? d.noValue : formatYardstickValue(t.locale, y.metric, y.value)}</Cell>
            <Cell>{formatYardstickValue(t.locale, y.metric, y.target)}</Cell>
            <Cell>{y.met === undefined ? '' : y.met ? t.common.yes : t.common.no}</Cell>
          </tr>
        ))}
      </Table>
    </section>
  );
}

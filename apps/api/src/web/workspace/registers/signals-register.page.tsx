import type { VNode } from 'preact';
import { mayRunSomeVariant } from '#application';
import type { Page, SignalSummary, TableSummary } from '../../api/api-types';
import { FilterForm, type FilterField } from '../../components/filter-form';
import { Paragraph } from '../../components/messages';
import { PageCount } from '../../components/page-count';
import { Pager } from '../../components/pager';
import { Cell, RowHeader, Table } from '../../components/table';
import { labelOf } from '../../i18n/labels';
import { formatDate } from '../../page/format';
import type { SignedInContext } from '../workspace-page';
import { RecordsLayout, recordsText } from '../records/records-layout';

interface ListPageProps<T> {
  readonly context: SignedInContext;
  readonly page: Page<T>;
  readonly fields: readonly FilterField[];
  readonly values: Readonly<Record<string, string | undefined>>;
}

/** Every signal of the visitor's municipalities, filtered and paged. */
export function SignalsRegisterPage({ context, page, fields, values }: ListPageProps<SignalSummary>): VNode {
  const { t } = context;
  const text = recordsText(context);
  const mayAssess = mayRunSomeVariant(context.session.principal.roles, 'AssessSignal');
  return (
    <RecordsLayout context={context} title={text.signals.title}>
      <FilterForm
        heading={text.filters.heading}
        action="/werkruimte/signalen"
        fields={fields}
        values={values}
        anyLabel={text.filters.any}
        applyLabel={text.filters.apply}
        resetLabel={text.filters.reset}
      />
      <h2 class="utrecht-heading-2">{text.navigation.signals}</h2>
      <PageCount page={page} text={text.filters.shown} />
      {page.items.length === 0 ? (
        <Paragraph>{text.signals.none}</Paragraph>
      ) : (
        <Table
          caption={text.signals.caption}
          captionHidden
          headers={[
            t.trajectory.receivedOn,
            t.workspace.municipality,
            t.trajectory.channel,
            t.trajectory.themes,
            t.workspace.summary,
            t.municipality.status,
            '',
          ]}
        >
          {page.items.map((signal) => (
            <tr class="utrecht-table__row">
              <RowHeader>{formatDate(t.locale, signal.receivedOn)}</RowHeader>
              <Cell>{signal.municipalityCode}</Cell>
              <Cell>{labelOf(t.labels.channel, signal.channel)}</Cell>
              <Cell>{signal.themes.join(', ')}</Cell>
              <Cell>{signal.summary.text ?? (signal.summary.erased ? t.common.erased : t.common.restricted)}</Cell>
              <Cell>
                {labelOf(t.labels.signalStatus, signal.status)}
                {signal.scope ? ` (${labelOf(t.labels.scope, signal.scope)})` : ''}
              </Cell>
              <Cell>
                {signal.status === 'recorded' && mayAssess ? (
                  <a class="utrecht-link" href={`/werkruimte/signalen/${signal.id}/beoordelen`}>
                    {t.workspace.assess}
                  </a>
                ) : null}
              </Cell>
            </tr>
          ))}
        </Table>
      )}
      <Pager context={context} page={page} />
    </RecordsLayout>
  );
}

/** Every temporary table of the visitor's municipalities, filtered and paged. */
export function TablesRegisterPage({ context, page, fields, values }: ListPageProps<TableSummary>): VNode {
  const { t } = context;
  const text = recordsText(context);
  return (
    <RecordsLayout context={context} title={text.tables.title}>
      <FilterForm
        heading={text.filters.heading}
        action="/werkruimte/tafels"
        fields={fields}
        values={values}
        anyLabel={text.filters.any}
        applyLabel={text.filters.apply}
        resetLabel={text.filters.reset}
      />
      <h2 class="utrecht-heading-2">{text.navigation.tables}</h2>
      <PageCount page={page} text={text.filters.shown} />
      {page.items.length === 0 ? (
        <Paragraph>{text.tables.none}</Paragraph>
      ) : (
        <Table
          caption={text.tables.caption}
          captionHidden
          headers={[
            t.trajectory.theme,
            t.workspace.municipality,
            t.trajectory.question,
            t.trajectory.form,
            t.trajectory.tableStatus,
          ]}
        >
          {page.items.map((table) => (
            <tr class="utrecht-table__row">
              <RowHeader>{table.theme}</RowHeader>
              <Cell>{table.municipalityCode}</Cell>
              <Cell>{table.question}</Cell>
              <Cell>{labelOf(t.labels.tableForm, table.form)}</Cell>
              <Cell>{labelOf(t.labels.tableStatus, table.status)}</Cell>
            </tr>
          ))}
        </Table>
      )}
      <Pager context={context} page={page} />
    </RecordsLayout>
  );
}

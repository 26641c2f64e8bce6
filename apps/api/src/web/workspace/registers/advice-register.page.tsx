import type { VNode } from 'preact';
import type { Page } from '../../api/api-types';
import type { RegisterAdvice } from '../../api/record-types';
import { FilterForm, type FilterField } from '../../components/filter-form';
import { Paragraph } from '../../components/messages';
import { PageCount } from '../../components/page-count';
import { Pager } from '../../components/pager';
import { Cell, RowHeader, Table } from '../../components/table';
import { labelOf } from '../../i18n/labels';
import { formatDate } from '../../page/format';
import type { PageContext } from '../../page/page-context';
import { RecordsLayout, recordsText } from '../records/records-layout';

interface AdviceRegisterPageProps {
  readonly context: PageContext;
  readonly advice: Page<RegisterAdvice>;
  readonly fields: readonly FilterField[];
  readonly values: Readonly<Record<string, string | undefined>>;
}

/** The advice register searched and filtered, one page at a time with the whole count. */
export function AdviceRegisterPage({ context, advice, fields, values }: AdviceRegisterPageProps): VNode {
  const { t } = context;
  const text = recordsText(context);
  return (
    <RecordsLayout context={context} title={text.advice.title}>
      <Paragraph lead>{text.advice.intro}</Paragraph>
      <FilterForm
        heading={text.filters.heading}
        action="/werkruimte/adviezen"
        fields={fields}
        values={values}
        anyLabel={text.filters.any}
        applyLabel={text.filters.apply}
        resetLabel={text.filters.reset}
      />
      <h2 class="utrecht-heading-2">{text.navigation.advice}</h2>
      <PageCount page={advice} text={text.filters.shown} />
      {advice.items.length === 0 ? (
        <Paragraph>{text.advice.none}</Paragraph>
      ) : (
        <Table
          caption={text.advice.caption}
          captionHidden
          headers={[
            t.municipality.subject,
            t.workspace.municipality,
            t.municipality.domain,
            t.municipality.status,
            t.municipality.issuedOn,
            t.municipality.responseDueOn,
          ]}
        >
          {advice.items.map((item) => (
            <tr class={item.overdue ? 'utrecht-table__row utrecht-table__row--overdue' : 'utrecht-table__row'}>
              <RowHeader>
                <a class="utrecht-link" href={`/trajecten/${item.id}`}>
                  {item.subject}
                </a>
              </RowHeader>
              <Cell>{item.municipalityCode}</Cell>
              <Cell>{labelOf(t.labels.domain, item.domain)}</Cell>
              <Cell>
                {labelOf(t.labels.adviceStatus, item.status)}
                {item.overdueSide ? (
                  <>
                    {' '}
                    <span class="utrecht-status-badge utrecht-status-badge--danger">
                      {text.advice.overdueSide[item.overdueSide]}
                    </span>
                  </>
                ) : null}
              </Cell>
              <Cell>{formatDate(t.locale, item.issuedOn)}</Cell>
              <Cell>{formatDate(t.locale, item.responseDueOn)}</Cell>
            </tr>
          ))}
        </Table>
      )}
      <Pager context={context} page={advice} />
    </RecordsLayout>
  );
}

import type { VNode } from 'preact';
import type { Page } from '../../api/api-types';
import type { RegisterAdvice } from '../../api/record-types';
import { FilterForm, type FilterField } from '../../components/filter-form';
import { Paragraph } from '../../components/messages';
import { PageCount } from '../../components/page-count';
import { Pager } from '../../components/pager';
import type { PageContext } from '../../page/page-context';
import { RecordsLayout, recordsText } from '../records/records-layout';
import { AdviceTable } from './advice-table';

interface AdviceRegisterPageProps {
  readonly context: PageContext;
  readonly advice: Page<RegisterAdvice>;
  readonly fields: readonly FilterField[];
  readonly values: Readonly<Record<string, string | undefined>>;
}

/** The advice register searched and filtered, one page at a time with the whole count. */
export function AdviceRegisterPage({ context, advice, fields, values }: AdviceRegisterPageProps): VNode {
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
        <AdviceTable
          context={context}
          caption={text.advice.caption}
          rows={advice.items}
          third="domain"
          badgeOf={(item) => (item.overdueSide ? text.advice.overdueSide[item.overdueSide] : undefined)}
        />
      )}
      <Pager context={context} page={advice} />
    </RecordsLayout>
  );
}

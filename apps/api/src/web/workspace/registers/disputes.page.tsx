import type { VNode } from 'preact';
import type { Dispute } from '../../api/record-types';
import { FilterForm, type FilterField } from '../../components/filter-form';
import { Paragraph } from '../../components/messages';
import type { PageContext } from '../../page/page-context';
import { RecordsLayout, recordsText } from '../records/records-layout';
import { DisputesTable } from './disputes-table';

interface DisputesPageProps {
  readonly context: PageContext;
  readonly disputes: readonly Dispute[];
  readonly fields: readonly FilterField[];
  readonly values: Readonly<Record<string, string | undefined>>;
}

/** Every dispute the visitor may see, open or resolved. */
export function DisputesPage({ context, disputes, fields, values }: DisputesPageProps): VNode {
  const text = recordsText(context);
  return (
    <RecordsLayout context={context} title={text.disputes.title}>
      <Paragraph lead>{text.disputes.intro}</Paragraph>
      <FilterForm
        heading={text.filters.heading}
        action="/werkruimte/geschillen"
        fields={fields}
        values={values}
        anyLabel={text.filters.any}
        applyLabel={text.filters.apply}
        resetLabel={text.filters.reset}
      />
      <h2 class="utrecht-heading-2">{text.disputes.title}</h2>
      <p class="utrecht-paragraph" role="status">
        {context.t.common.total(disputes.length)}
      </p>
      {disputes.length === 0 ? (
        <Paragraph>{text.disputes.none}</Paragraph>
      ) : (
        <DisputesTable context={context} disputes={disputes} caption={text.disputes.caption} />
      )}
    </RecordsLayout>
  );
}

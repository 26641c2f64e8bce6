import type { VNode } from 'preact';
import type { Municipality } from '../../api/api-types';
import type { CouncilProposalSummary } from '../../api/record-types';
import { FilterForm, type FilterField } from '../../components/filter-form';
import { Paragraph } from '../../components/messages';
import { Cell, RowHeader, Table } from '../../components/table';
import { labelOf } from '../../i18n/labels';
import { formatDate } from '../../page/format';
import type { PageContext } from '../../page/page-context';
import { RecordsLayout, recordsText } from '../records/records-layout';

interface ProposalsPageProps {
  readonly context: PageContext;
  readonly proposals: readonly CouncilProposalSummary[];
  readonly municipalities: readonly Municipality[];
  readonly fields: readonly FilterField[];
  readonly values: Readonly<Record<string, string | undefined>>;
}

/** The council proposals with advice, a table per municipality: a reference is unique within one only. */
export function ProposalsPage({ context, proposals, municipalities, fields, values }: ProposalsPageProps): VNode {
  const { t } = context;
  const text = recordsText(context).proposals;
  const filters = recordsText(context).filters;
  const codes = [...new Set(proposals.map((p) => p.municipalityCode))].sort();
  const nameOf = (code: string): string => municipalities.find((m) => m.code === code)?.name ?? code;
  return (
    <RecordsLayout context={context} title={text.title}>
      <Paragraph lead>{text.intro}</Paragraph>
      <FilterForm
        heading={filters.heading}
        action="/werkruimte/raadsvoorstellen"
        fields={fields}
        values={values}
        anyLabel={filters.any}
        applyLabel={filters.apply}
        resetLabel={filters.reset}
      />
      {codes.length === 0 ? <Paragraph>{text.none}</Paragraph> : null}
      {codes.map((code) => (
        <section aria-labelledby={`gemeente-${code}`}>
          <h2 class="utrecht-heading-2" id={`gemeente-${code}`}>
            {nameOf(code)}
          </h2>
          <Table
            caption={text.caption(nameOf(code))}
            captionHidden
            headers={[text.proposal, text.firstAttached, text.adviceCount, text.decision]}
          >
            {proposals
              .filter((p) => p.municipalityCode === code)
              .map((proposal) => (
                <tr class="utrecht-table__row">
                  <RowHeader>
                    <a
                      class="utrecht-link"
                      href={`/raadsvoorstellen/${encodeURIComponent(proposal.proposalRef)}?gemeente=${code}`}
                    >
                      {proposal.proposalRef}
                    </a>
                    {proposal.proposalUrl ? (
                      <>
                        {' ('}
                        <a class="utrecht-link" href={proposal.proposalUrl} rel="external noopener">
                          {text.externalLink}
                        </a>
                        {')'}
                      </>
                    ) : null}
                  </RowHeader>
                  <Cell>{formatDate(t.locale, proposal.firstAttachedOn)}</Cell>
                  <Cell>{proposal.adviceCount}</Cell>
                  <Cell>
                    {labelOf(text.statuses, proposal.decisionStatus)}
                    {proposal.latestDecision
                      ? `: ${labelOf(t.labels.councilDecision, proposal.latestDecision.decision)} (${formatDate(
                          t.locale,
                          proposal.latestDecision.decidedOn,
                        )})`
                      : ''}
                  </Cell>
                </tr>
              ))}
          </Table>
        </section>
      ))}
    </RecordsLayout>
  );
}

import type { VNode } from 'preact';
import type { AdviceSummary, Page } from '../../api/api-types';
import { Paragraph } from '../../components/messages';
import { Cell, RowHeader, Table } from '../../components/table';
import { labelOf } from '../../i18n/labels';
import { Layout } from '../../layout/layout';
import { formatDate } from '../../page/format';
import type { PageContext } from '../../page/page-context';
import { Pager } from '../../components/pager';

interface MunicipalityPageProps {
  readonly context: PageContext;
  readonly name: string;
  readonly advice: Page<AdviceSummary>;
}

/** The public advice register of one municipality, each advice linking to its whole course. */
export function MunicipalityPage({ context, name, advice }: MunicipalityPageProps): VNode {
  const { t } = context;
  const { labels, locale } = t;
  return (
    <Layout context={context} title={t.municipality.title(name)}>
      <h1 class="utrecht-heading-1">{t.municipality.title(name)}</h1>
      <Paragraph lead>{t.municipality.intro}</Paragraph>
      <h2 class="utrecht-heading-2">{t.municipality.adviceHeading}</h2>
      {advice.items.length === 0 ? (
        <Paragraph>{t.municipality.noAdvice}</Paragraph>
      ) : (
        <>
          <Paragraph>{t.common.total(advice.total)}</Paragraph>
          <Table
            caption={t.municipality.caption(name)}
            captionHidden
            headers={[
              t.municipality.subject,
              t.municipality.domain,
              t.municipality.kind,
              t.municipality.status,
              t.municipality.issuedOn,
              t.municipality.responseDueOn,
              t.municipality.councilDecision,
              t.municipality.proposals,
            ]}
          >
            {advice.items.map((item) => (
              <tr class="utrecht-table__row">
                <RowHeader>
                  <a class="utrecht-link" href={`/trajecten/${item.id}`}>
                    {item.subject}
                  </a>
                </RowHeader>
                <Cell>{labelOf(labels.domain, item.domain)}</Cell>
                <Cell>{labelOf(labels.adviceKind, item.kind)}</Cell>
                <Cell>{labelOf(labels.adviceStatus, item.status)}</Cell>
                <Cell>{formatDate(locale, item.issuedOn)}</Cell>
                <Cell>{formatDate(locale, item.responseDueOn)}</Cell>
                <Cell>{labelOf(labels.councilDecision, item.councilDecision)}</Cell>
                <Cell>
                  {item.proposalRefs.map((ref, index) => (
                    <>
                      {index > 0 ? ', ' : null}
                      <a class="utrecht-link" href={`/raadsvoorstellen/${encodeURIComponent(ref)}`}>
                        {ref}
                      </a>
                    </>
                  ))}
                </Cell>
              </tr>
            ))}
          </Table>
          <Pager context={context} page={advice} />
        </>
      )}
    </Layout>
  );
}

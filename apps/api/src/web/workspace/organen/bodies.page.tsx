import type { VNode } from 'preact';
import type { Page } from '../../api/api-types';
import type { ParticipationBody } from '../../api/record-types';
import { Paragraph } from '../../components/messages';
import { PageCount } from '../../components/page-count';
import { Pager } from '../../components/pager';
import { Cell, RowHeader, Table } from '../../components/table';
import { labelOf } from '../../i18n/labels';
import { formatInstant } from '../../page/format';
import type { PageContext } from '../../page/page-context';
import { RecordsLayout, recordsText } from '../records/records-layout';

/** The participation bodies serving the visitor's municipalities. */
export function BodiesPage({
  context,
  bodies,
}: {
  readonly context: PageContext;
  readonly bodies: Page<ParticipationBody>;
}): VNode {
  const { t } = context;
  const text = recordsText(context).bodies;
  return (
    <RecordsLayout context={context} title={text.title}>
      <Paragraph lead>{text.intro}</Paragraph>
      <PageCount page={bodies} text={recordsText(context).filters.shown} />
      {bodies.items.length === 0 ? (
        <Paragraph>{text.none}</Paragraph>
      ) : (
        <Table
          caption={text.caption}
          captionHidden
          headers={[text.name, text.kind, text.municipalities, text.domains, text.established]}
        >
          {bodies.items.map((body) => (
            <tr class="utrecht-table__row">
              <RowHeader>
                <a class="utrecht-link" href={`/werkruimte/organen/${body.id}`}>
                  {body.name}
                </a>
              </RowHeader>
              <Cell>{labelOf(text.kinds, body.kind)}</Cell>
              <Cell>{body.municipalityCodes.join(', ')}</Cell>
              <Cell>{body.domains.map((d) => labelOf(t.labels.domain, d)).join(', ')}</Cell>
              <Cell>{formatInstant(t.locale, body.establishedAt)}</Cell>
            </tr>
          ))}
        </Table>
      )}
      <Pager context={context} page={bodies} />
    </RecordsLayout>
  );
}

import type { VNode } from 'preact';
import { Paragraph } from '../../components/messages';
import { Cell, RowHeader, Table } from '../../components/table';
import { formatInstant } from '../../page/format';
import type { PageContext } from '../../page/page-context';

/** A public document of a trajectory, as `ListTrajectoryDocuments` answers it. */
export interface TrajectoryDocument {
  readonly sha256: string;
  readonly kind: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  readonly attachedAt: string;
  readonly municipalityCode?: string;
  readonly proposalRef?: string;
}

interface TrajectoryDocumentsProps {
  readonly context: PageContext;
  readonly documents: readonly TrajectoryDocument[];
  /** An id for the heading, unique on the page (a proposal page lists several trajectories). */
  readonly headingId: string;
  /** Show the heading as this level (2 on the trajectory page, 3 inside a proposal's advice). */
  readonly level?: 2 | 3;
  /** The workspace's upload for this trajectory, for a visitor who may add a document. */
  readonly upload?: { readonly href: string; readonly label: string };
}

/** The trajectory's public documents, each a link to its bytes (GET /api/v1/documents/{sha256}). */
export function TrajectoryDocuments({
  context,
  documents,
  headingId,
  level = 2,
  upload,
}: TrajectoryDocumentsProps): VNode {
  const { t } = context;
  const heading =
    level === 2 ? (
      <h2 class="utrecht-heading-2" id={headingId}>
        {t.documents.heading}
      </h2>
    ) : (
      <h3 class="utrecht-heading-3" id={headingId}>
        {t.documents.heading}
      </h3>
    );
  return (
    <section aria-labelledby={headingId}>
      {heading}
      {documents.length === 0 ? (
        <Paragraph>{t.documents.none}</Paragraph>
      ) : (
        <Table
          caption={t.documents.caption}
          captionHidden
          headers={[t.documents.file, t.documents.kind, t.documents.attachedOn, t.documents.size]}
        >
          {documents.map((document) => (
            <tr class="utrecht-table__row">
              <RowHeader>
                <a class="utrecht-link" href={`/api/v1/documents/${document.sha256}`} type={document.mediaType}>
                  {document.fileName}
                </a>
              </RowHeader>
              <Cell>{t.documents.kinds[document.kind] ?? document.kind}</Cell>
              <Cell>{formatInstant(t.locale, document.attachedAt)}</Cell>
              <Cell>{`${Math.max(1, Math.round(document.size / 1024))} kB`}</Cell>
            </tr>
          ))}
        </Table>
      )}
      {upload ? (
        <Paragraph>
          <a class="utrecht-link" href={upload.href}>
            {upload.label}
          </a>
        </Paragraph>
      ) : null}
    </section>
  );
}

import type { VNode } from 'preact';
import type { CouncilProposalReport } from '../../api/api-types';
import { DataList, Paragraph } from '../../components/messages';
import { labelOf } from '../../i18n/labels';
import { Layout } from '../../layout/layout';
import { formatDate } from '../../page/format';
import type { PageContext } from '../../page/page-context';
import { recordsText } from '../../workspace/records/records-layout';
import { FollowSection, type FollowChoice } from '../trajectory/follow-button';
import { RecommendationsTable } from '../trajectory/recommendations-table';
import { TrajectoryDocuments, type TrajectoryDocument } from '../trajectory/trajectory-documents';

/** A council proposal with every advice attached to it and each recommendation's fate. */
export function CouncilProposalPage({
  context,
  report,
  documents = {},
  follow = [],
}: {
  context: PageContext;
  report: CouncilProposalReport;
  /** Each advice's public documents by trajectory id; a trajectory missing here shows none. */
  documents?: Readonly<Record<string, readonly TrajectoryDocument[]>>;
  /** A follow button per municipality's proposal the signed-in visitor may follow; none for the public. */
  follow?: readonly FollowChoice[];
}): VNode {
  const { t } = context;
  return (
    <Layout context={context} title={t.proposal.title(report.proposalRef)}>
      <h1 class="utrecht-heading-1">{t.proposal.title(report.proposalRef)}</h1>
      <Paragraph lead>{t.proposal.intro}</Paragraph>
      <p class="utrecht-paragraph no-print" lang={context.language === 'nl' ? undefined : 'nl'}>
        <a class="utrecht-link" href={`/raadsvoorstellen/${encodeURIComponent(report.proposalRef)}/verslag`} download>
          {recordsText(context).print.pdfProposal}
        </a>
      </p>
      <FollowSection
        context={context}
        action={`/raadsvoorstellen/${encodeURIComponent(report.proposalRef)}/volgen`}
        choices={follow}
      />
      {report.advice.map((advice) => (
        <section aria-labelledby={`advice-${advice.trajectoryId}`}>
          <h2 class="utrecht-heading-2" id={`advice-${advice.trajectoryId}`}>
            <a class="utrecht-link" href={`/trajecten/${advice.trajectoryId}`}>
              {advice.subject}
            </a>
          </h2>
          <DataList
            items={[
              [t.proposal.municipality, advice.municipalityCode],
              [t.proposal.status, labelOf(t.labels.adviceStatus, advice.status)],
              [t.proposal.attachedOn, formatDate(t.locale, advice.attachedOn)],
              ...(advice.issuedOn ? [[t.trajectory.issuedOn, formatDate(t.locale, advice.issuedOn)] as const] : []),
              ...(advice.summary ? [[t.trajectory.summary, advice.summary] as const] : []),
            ]}
          />
          <RecommendationsTable
            context={context}
            recommendations={advice.recommendations}
            caption={`${t.trajectory.recommendationsCaption}: ${advice.subject}`}
          />
          {documents[advice.trajectoryId] && (
            <TrajectoryDocuments
              context={context}
              documents={documents[advice.trajectoryId] ?? []}
              headingId={`documents-${advice.trajectoryId}`}
              level={3}
            />
          )}
        </section>
      ))}
    </Layout>
  );
}

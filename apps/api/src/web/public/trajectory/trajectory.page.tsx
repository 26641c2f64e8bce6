import type { VNode } from 'preact';
import { mayRunSomeVariant } from '#application';
import type { InfluenceChain, PerspectiveCount, TrajectoryHistory } from '../../api/api-types';
import { DataList, Paragraph } from '../../components/messages';
import { Cell, RowHeader, Table } from '../../components/table';
import { labelOf } from '../../i18n/labels';
import { Layout } from '../../layout/layout';
import { formatDate, formatInstant } from '../../page/format';
import type { PageContext } from '../../page/page-context';
import { EventCheckpoint, type TrajectoryCheckpoints } from './event-checkpoint';
import { FollowSection } from './follow-button';
import { followingTexts } from './following.texts';
import { CouncilTools } from '../council-report/council-tools';
import { RecommendationsTable } from './recommendations-table';
import { TrajectoryDocuments, type TrajectoryDocument } from './trajectory-documents';
import { TrajectoryActions, type TrajectoryAction } from './trajectory-actions';
import { trajectoryStory } from './trajectory-story';
import { uploadWords } from '../../workspace/upload-document/upload-words';

interface TrajectoryPageProps {
  readonly context: PageContext;
  readonly chain: InfluenceChain;
  readonly history: TrajectoryHistory;
  /** Which signed checkpoint holds each logged event; absent when that could not be asked. */
  readonly checkpoints?: TrajectoryCheckpoints;
  readonly municipalityName: string;
  readonly actions: readonly TrajectoryAction[];
  /** The trajectory's public documents; absent when they could not be asked. */
  readonly documents?: readonly TrajectoryDocument[];
  /** Whether the signed-in visitor follows it; absent for the public and whoever may not follow it. */
  readonly following?: boolean;
}

/**
 * One advice trajectory as a readable story: the facts, a timeline, the signals and tables
 * it rests on, the advice, each recommendation's fate, the college's response and the council.
 */
export function TrajectoryPage({
  context,
  chain,
  history,
  checkpoints,
  municipalityName,
  actions,
  documents,
  following,
}: TrajectoryPageProps): VNode {
  const { t } = context;
  const labels = t.labels;
  const locale = t.locale;
  return (
    <Layout context={context} title={chain.subject}>
      <h1 class="utrecht-heading-1">{chain.subject}</h1>
      <h2 class="utrecht-heading-2">{t.trajectory.factsHeading}</h2>
      <DataList
        items={[
          [
            t.trajectory.municipality,
            <a class="utrecht-link" href={`/gemeenten/${chain.municipalityCode}`}>
              {municipalityName}
            </a>,
          ],
          [t.trajectory.kind, labelOf(labels.adviceKind, chain.kind)],
          [t.trajectory.domain, labelOf(labels.domain, history.state.domain)],
          [t.trajectory.policyPhase, labelOf(labels.policyPhase, history.state.policyPhase)],
          [t.trajectory.status, labelOf(labels.adviceStatus, chain.status)],
          ...(history.state.responseDueOn
            ? [[t.trajectory.responseDueOn, formatDate(locale, history.state.responseDueOn)] as const]
            : []),
        ]}
      />
      <TrajectoryActions context={context} actions={actions} />
      <FollowSection
        context={context}
        action={`/trajecten/${chain.trajectoryId}/volgen`}
        choices={following === undefined ? [] : [followChoice(context, following)]}
      />

      <h2 class="utrecht-heading-2">{t.trajectory.timelineHeading}</h2>
      <ol class="utrecht-ordered-list timeline">
        {trajectoryStory(chain, t).map((entry) => (
          <li class="utrecht-ordered-list__item">
            <time dateTime={entry.date}>{formatDate(locale, entry.date)}</time>
            {': '}
            {entry.text}
          </li>
        ))}
      </ol>

      <h2 class="utrecht-heading-2">{t.trajectory.signalsHeading}</h2>
      {chain.signals.length === 0 ? (
        <Paragraph>{t.trajectory.noSignals}</Paragraph>
      ) : (
        <Table
          caption={t.trajectory.signalsCaption}
          headers={[
            t.trajectory.receivedOn,
            t.trajectory.channel,
            t.trajectory.themes,
            t.trajectory.domain,
            t.trajectory.scope,
          ]}
        >
          {chain.signals.map((signal) => (
            <tr class="utrecht-table__row">
              <RowHeader>{formatDate(locale, signal.receivedOn)}</RowHeader>
              <Cell>{labelOf(labels.channel, signal.channel)}</Cell>
              <Cell>{signal.themes.join(', ')}</Cell>
              <Cell>{labelOf(labels.domain, signal.domain)}</Cell>
              <Cell>{labelOf(labels.scope, signal.scope)}</Cell>
            </tr>
          ))}
        </Table>
      )}

      <h2 class="utrecht-heading-2">{t.trajectory.tablesHeading}</h2>
      {chain.tables.length === 0 ? (
        <Paragraph>{t.trajectory.noTables}</Paragraph>
      ) : (
        <>
          <Table
            caption={t.trajectory.tablesCaption}
            headers={[
              t.trajectory.theme,
              t.trajectory.question,
              t.trajectory.form,
              t.trajectory.tableStatus,
              t.trajectory.missingGroups,
              t.trajectory.contributions,
            ]}
          >
            {chain.tables.map((table) => (
              <tr class="utrecht-table__row">
                <RowHeader>{table.theme}</RowHeader>
                <Cell>{table.question}</Cell>
                <Cell>{labelOf(labels.tableForm, table.form)}</Cell>
                <Cell>{labelOf(labels.tableStatus, table.status)}</Cell>
                <Cell>
                  {table.missingGroups.length === 0
                    ? t.common.none
                    : table.missingGroups.map((group) => labelOf(labels.tableGroup, group)).join(', ')}
                </Cell>
                <Cell>{table.contributionsByPerspective.map((c) => countText(context, c)).join(', ')}</Cell>
              </tr>
            ))}
          </Table>
          <Paragraph>{t.common.suppressedNote}</Paragraph>
        </>
      )}

      <h2 class="utrecht-heading-2">{t.trajectory.adviceHeading}</h2>
      {chain.advice === undefined ? (
        <Paragraph>{t.trajectory.noAdviceYet}</Paragraph>
      ) : (
        <>
          <DataList
            items={[
              [t.trajectory.issuedOn, formatDate(locale, chain.advice.issuedOn)],
              [t.trajectory.summary, chain.advice.summary],
              [t.trajectory.clientPerspective, chain.advice.clientPerspective],
            ]}
          />
          <h3 class="utrecht-heading-3">{t.trajectory.recommendationsHeading}</h3>
          <RecommendationsTable
            context={context}
            recommendations={chain.advice.recommendations}
            caption={t.trajectory.recommendationsCaption}
          />
        </>
      )}

      <h2 class="utrecht-heading-2">{t.trajectory.collegeHeading}</h2>
      {chain.collegeResponse === undefined ? (
        <Paragraph>{t.trajectory.noResponseYet}</Paragraph>
      ) : (
        <DataList
          items={[
            [t.trajectory.respondedOn, formatDate(locale, chain.collegeResponse.respondedOn)],
            ...(chain.collegeResponse.documentRef
              ? [[t.trajectory.documentRef, chain.collegeResponse.documentRef] as const]
              : []),
          ]}
        />
      )}

      <h2 class="utrecht-heading-2">{t.trajectory.councilHeading}</h2>
      {chain.councilProposals.length === 0 ? (
        <Paragraph>{t.trajectory.noProposals}</Paragraph>
      ) : (
        <Table
          caption={t.trajectory.councilHeading}
          captionHidden
          headers={[t.trajectory.proposalRef, t.trajectory.attachedOn, t.trajectory.decidedOn, t.trajectory.decision]}
        >
          {chain.councilProposals.map((proposal) => (
            <tr class="utrecht-table__row">
              <RowHeader>
                <a class="utrecht-link" href={`/raadsvoorstellen/${encodeURIComponent(proposal.proposalRef)}`}>
                  {proposal.proposalRef}
                </a>
              </RowHeader>
              <Cell>{formatDate(locale, proposal.attachedOn)}</Cell>
              <Cell>{formatDate(locale, proposal.decidedOn)}</Cell>
              <Cell>{labelOf(labels.councilDecision, proposal.decision)}</Cell>
            </tr>
          ))}
        </Table>
      )}

      {documents && (
        <TrajectoryDocuments
          context={context}
          documents={documents}
          headingId="documenten"
          upload={uploadLinkFor(context, chain.trajectoryId, actions)}
        />
      )}

      <CouncilTools context={context} trajectoryId={chain.trajectoryId} />

      <h2 class="utrecht-heading-2">{t.trajectory.logHeading}</h2>
      <Paragraph>{t.trajectory.logIntro}</Paragraph>
      <ol class="utrecht-ordered-list timeline">
        {history.events.map((event) => (
          <li class="utrecht-ordered-list__item">
            <time dateTime={event.occurredAt}>{formatInstant(locale, event.occurredAt)}</time>
            {': '}
            {labels.eventType[event.type] ?? event.type}
            <EventCheckpoint context={context} checkpoints={checkpoints} position={event.position} />
          </li>
        ))}
      </ol>
    </Layout>
  );
}

/** "Cliënten: 7", or "Cliënten: minder dan 5" where the public answer suppressed the count. */
function countText(context: PageContext, count: PerspectiveCount): string {
  const label = labelOf(context.t.labels.tableGroup, count.perspective);
  return `${label}: ${count.count === null || count.suppressed ? context.t.common.suppressed : count.count}`;
}

/**
 * The upload of a trajectory's letters, for a visitor the page offers forms to (acting for an
 * addressed municipality, on an ongoing trajectory) whose role may attach a document.
 */
function uploadLinkFor(
  context: PageContext,
  trajectoryId: string,
  actions: readonly TrajectoryAction[],
): { href: string; label: string } | undefined {
  const roles = context.session?.principal.roles ?? [];
  if (actions.length === 0 || !mayRunSomeVariant(roles, 'AttachDocument')) return undefined;
  return { href: `/werkruimte/trajecten/${trajectoryId}/documenten`, label: uploadWords(context.language).link };
}

function followChoice(context: PageContext, following: boolean): { following: boolean; text: string } {
  const t = followingTexts(context.language).trajectory;
  return { following, text: following ? t.following : t.notFollowing };
}

import type { VNode } from 'preact';
import type { AuditTrailVerification, PilotEvaluation } from '../../api/api-types';
import { ASSET_PATHS } from '../../assets/asset-files';
import { Alert, Paragraph } from '../../components/messages';
import { labelOf } from '../../i18n/labels';
import { Layout } from '../../layout/layout';
import { formatDate } from '../../page/format';
import type { PageContext } from '../../page/page-context';
import { PilotChoice } from './pilot-choice';
import { FindingsSection } from './findings-section';
import { YardstickSection } from './yardstick-section';

interface EvaluationPageProps {
  readonly context: PageContext;
  readonly evaluation: PilotEvaluation | undefined;
  readonly audit: AuditTrailVerification | undefined;
  readonly pilotId: string;
  readonly notFound: boolean;
}

/** The evaluators' dashboard: yardsticks against targets, downloads, and the audit-trail check. */
export function EvaluationPage({ context, evaluation, audit, pilotId, notFound }: EvaluationPageProps): VNode {
  const { t } = context;
  const d = t.dashboard;
  return (
    <Layout
      context={context}
      title={evaluation ? `${d.title}: ${evaluation.name}` : d.title}
      scripts={[ASSET_PATHS.chartJs, ASSET_PATHS.charts]}
    >
      <h1 class="utrecht-heading-1">{evaluation ? `${d.title}: ${evaluation.name}` : d.title}</h1>
      <Paragraph lead>{d.intro}</Paragraph>
      <PilotChoice context={context} pilotId={pilotId} />
      {notFound ? <Alert kind="error">{d.notFound}</Alert> : null}
      {evaluation ? (
        <>
          <Paragraph>
            {d.period(formatDate(t.locale, evaluation.startsOn), formatDate(t.locale, evaluation.endsOn))}
          </Paragraph>
          <h2 class="utrecht-heading-2">{d.downloadsHeading}</h2>
          <ul class="utrecht-link-list utrecht-link-list--html-ul">
            <li class="utrecht-link-list__item">
              <a
                class="utrecht-link utrecht-link-list__link"
                href={`/evaluatie/${evaluation.pilotId}/meetpunten.csv`}
                download
              >
                {d.downloadCsv}
              </a>
            </li>
            <li class="utrecht-link-list__item">
              <a
                class="utrecht-link utrecht-link-list__link"
                href={`/evaluatie/${evaluation.pilotId}/meetpunten.xlsx`}
                download
              >
                {d.downloadXlsx}
              </a>
            </li>
          </ul>
          <YardstickSection context={context} id="total" heading={d.totalHeading} yardsticks={evaluation.total} />
          {evaluation.perMunicipality.map((municipality) => (
            <YardstickSection
              context={context}
              id={`municipality-${municipality.municipalityCode}`}
              heading={d.municipalityHeading(municipality.municipalityCode)}
              yardsticks={municipality.yardsticks}
            />
          ))}
          <FindingsSection context={context} findings={evaluation.findings} />
        </>
      ) : null}
      <h2 class="utrecht-heading-2">{d.auditHeading}</h2>
      {audit === undefined ? (
        <Alert kind="info">{d.auditUnavailable}</Alert>
      ) : audit.intact ? (
        <Alert kind="ok">{d.auditIntact(audit.checked)}</Alert>
      ) : (
        <Alert kind="error">
          <p class="utrecht-paragraph">{d.auditBroken(audit.checked)}</p>
          {audit.firstBroken === undefined ? null : (
            <p class="utrecht-paragraph word-break">
              {d.auditFirstBroken(
                audit.firstBroken.streamId,
                audit.firstBroken.revision,
                labelOf(t.labels.brokenLinkReason, audit.firstBroken.reason),
              )}
            </p>
          )}
        </Alert>
      )}
      {audit === undefined ? null : <p class="utrecht-paragraph">{d.auditScope}</p>}
    </Layout>
  );
}

import type { VNode } from 'preact';
import { Alert, Paragraph } from '../../components/messages';
import { Layout } from '../../layout/layout';
import { formatDate } from '../../page/format';
import type { PageContext } from '../../page/page-context';
import type { Report } from '../../print/report-model';
import { recordsText } from '../../workspace/records/records-layout';
import { CouncilTools } from './council-tools';
import { ReportView } from './report-view';

interface AsOfPageProps {
  readonly context: PageContext;
  readonly trajectoryId: string;
  readonly date: string;
  /** Undefined when the trajectory had not started on that date. */
  readonly report: Report | undefined;
}

/** A trajectory as it stood at the end of a chosen day: what was recorded by then, and nothing later. */
export function AsOfPage({ context, trajectoryId, date, report }: AsOfPageProps): VNode {
  const text = recordsText(context).asOf;
  const shownDate = formatDate(context.t.locale, date);
  return (
    <Layout context={context} title={report ? `${report.title} (${shownDate})` : text.notYet}>
      <div lang={context.language === 'nl' ? undefined : 'nl'}>
        <h1 class="utrecht-heading-1">{report?.title ?? text.notYet}</h1>
        <Alert kind="info">{text.banner(shownDate)}</Alert>
        {report ? <Paragraph lead>{report.subtitle}</Paragraph> : <Paragraph>{text.notYet}</Paragraph>}
        <p class="utrecht-paragraph no-print">
          <a class="utrecht-link" href={`/trajecten/${trajectoryId}`}>
            {text.current}
          </a>
        </p>
        {report ? <ReportView report={report} /> : null}
      </div>
      <CouncilTools context={context} trajectoryId={trajectoryId} asOf={date} />
    </Layout>
  );
}

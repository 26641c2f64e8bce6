import type { VNode } from 'preact';
import { mayRunSomeVariant, type OperationId } from '#application';
import type {
  AdviceSummary,
  AgendaSummary,
  Page,
  PilotSummary,
  SignalSummary,
  TableSummary,
} from '../../api/api-types';
import { Alert, Paragraph } from '../../components/messages';
import { Cell, RowHeader, Table } from '../../components/table';
import { labelOf } from '../../i18n/labels';
import { Layout } from '../../layout/layout';
import { formatDate } from '../../page/format';
import type { Option } from '../../forms/form-model';
import { MoreRows } from '../records/more-rows';
import { AdviceTable } from '../registers/advice-table';
import { WorkspaceNavigation } from '../records/records-layout';
import type { SignedInContext } from '../workspace-page';
import { LinkList } from '../link-list';
import { WorkspaceLinks } from './workspace-links';
import { uploadWords } from '../upload-document/upload-words';

interface WorkspacePageProps {
  readonly context: SignedInContext;
  readonly advice: Page<AdviceSummary>;
  readonly signals: Page<SignalSummary>;
  readonly tables: Page<TableSummary>;
  readonly saved: boolean;
  readonly bodies: readonly Option[];
  readonly agendas: readonly AgendaSummary[];
  readonly pilots: readonly PilotSummary[];
}

/** The workspace: the advice register with overdue responses first and marked, signals and tables. */
export function WorkspacePage({
  context,
  advice,
  signals,
  tables,
  saved,
  bodies,
  agendas,
  pilots,
}: WorkspacePageProps): VNode {
  const { t } = context;
  const w = t.workspace;
  const roles = context.session.principal.roles;
  const may = (operation: OperationId): boolean => mayRunSomeVariant(roles, operation);
  const overdue = advice.items.filter((item) => item.overdue);
  const ordered = [...overdue, ...advice.items.filter((item) => !item.overdue)];
  const newLinks = (
    [
      ['RecordSignal', '/werkruimte/signalen/nieuw', w.recordSignal],
      ['ClusterSignals', '/werkruimte/signalen/bundelen', t.forms.clusterSignals.title],
      ['OpenTemporaryTable', '/werkruimte/tafels/nieuw', w.openTable],
      ['StartAdviceTrajectory', '/werkruimte/trajecten/nieuw', w.startTrajectory],
    ] as const
  ).filter(([operation]) => may(operation));
  return (
    <Layout context={context} title={w.title}>
      <WorkspaceNavigation context={context} />
      <h1 class="utrecht-heading-1">{w.title}</h1>
      <MoreRows
        context={context}
        lists={[
          ['advice', advice],
          ['signals', signals],
          ['tables', tables],
        ]}
      />
      {saved ? <Alert kind="ok">{w.saved}</Alert> : null}
      <Paragraph lead>{w.intro}</Paragraph>
      {newLinks.length > 0 ? (
        <>
          <h2 class="utrecht-heading-2">{w.newHeading}</h2>
          <ul class="utrecht-link-list utrecht-link-list--html-ul">
            {newLinks.map(([, href, label]) => (
              <li class="utrecht-link-list__item">
                <a class="utrecht-link utrecht-link-list__link" href={href}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2 class="utrecht-heading-2">{w.registerHeading}</h2>
      {overdue.length > 0 ? <Alert kind="warning">{w.overdueCount(overdue.length)}</Alert> : null}
      <Paragraph>{t.common.total(advice.total)}</Paragraph>
      {ordered.length > 0 ? (
        <AdviceTable
          context={context}
          caption={w.registerCaption}
          rows={ordered}
          third="kind"
          badgeOf={(item) => (item.overdue ? w.overdue : undefined)}
        />
      ) : null}

      <h2 class="utrecht-heading-2" id="signalen">
        {w.signalsHeading}
      </h2>
      {signals.items.length === 0 ? (
        <Paragraph>{w.noSignals}</Paragraph>
      ) : (
        <Table
          caption={w.signalsCaption}
          captionHidden
          headers={[
            t.trajectory.receivedOn,
            t.trajectory.channel,
            t.trajectory.themes,
            w.summary,
            t.municipality.status,
            '',
          ]}
        >
          {signals.items.map((signal) => (
            <tr class="utrecht-table__row">
              <RowHeader>{formatDate(t.locale, signal.receivedOn)}</RowHeader>
              <Cell>{labelOf(t.labels.channel, signal.channel)}</Cell>
              <Cell>{signal.themes.join(', ')}</Cell>
              <Cell>{signal.summary.text ?? (signal.summary.erased ? t.common.erased : t.common.restricted)}</Cell>
              <Cell>
                {labelOf(t.labels.signalStatus, signal.status)}
                {signal.scope ? ` (${labelOf(t.labels.scope, signal.scope)})` : ''}
              </Cell>
              <Cell>
                <RowLinks
                  links={[
                    [signal.status === 'recorded' && may('AssessSignal'), 'beoordelen', w.assess],
                    [
                      signal.status === 'assessed' && signal.scope === 'individual' && may('ReferSignal'),
                      'doorverwijzen',
                      t.forms.links.refer,
                    ],
                    [signal.status !== 'closed' && may('CloseSignal'), 'afsluiten', t.forms.links.close],
                  ]}
                  base={`/werkruimte/signalen/${signal.id}`}
                />
              </Cell>
            </tr>
          ))}
        </Table>
      )}

      <h2 class="utrecht-heading-2" id="tafels">
        {w.tablesHeading}
      </h2>
      {tables.items.length === 0 ? (
        <Paragraph>{w.noTables}</Paragraph>
      ) : (
        <Table
          caption={w.tablesCaption}
          captionHidden
          headers={[t.trajectory.theme, t.trajectory.question, t.trajectory.form, t.trajectory.tableStatus, '']}
        >
          {tables.items.map((table) => (
            <tr class="utrecht-table__row">
              <RowHeader>{table.theme}</RowHeader>
              <Cell>{table.question}</Cell>
              <Cell>{labelOf(t.labels.tableForm, table.form)}</Cell>
              <Cell>{labelOf(t.labels.tableStatus, table.status)}</Cell>
              <Cell>
                <RowLinks
                  links={(
                    [
                      ['RegisterParticipant', 'deelnemer', t.forms.registerParticipant.title],
                      ['HoldSession', 'bijeenkomst', w.holdSession],
                      ['RecordContribution', 'bijdrage', w.recordContribution],
                      ['CloseTemporaryTable', 'afsluiten', t.forms.closeTable.title],
                      ['AttachTableDocument', 'documenten', uploadWords(context.language).link],
                    ] as const
                  ).map(([operation, path, label]) => [
                    // Minutes and the report come after the sessions and the close: offered on a closed table too.
                    (table.status === 'open' || operation === 'AttachTableDocument') && may(operation),
                    path,
                    label,
                  ])}
                  base={`/werkruimte/tafels/${table.id}`}
                />
              </Cell>
            </tr>
          ))}
        </Table>
      )}
      <WorkspaceLinks context={context} bodies={bodies} agendas={agendas} pilots={pilots} />
    </Layout>
  );
}

/** The forms a row offers, each where its condition holds. */
function RowLinks({
  links,
  base,
}: {
  links: readonly (readonly [boolean, string, string])[];
  base: string;
}): VNode | null {
  const shown = links.filter(([shows]) => shows);
  if (shown.length === 0) return null;
  return <LinkList links={shown.map(([, path, label]) => [`${base}/${path}`, label] as const)} />;
}

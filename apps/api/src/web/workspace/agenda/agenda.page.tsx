import type { VNode } from 'preact';
import type { Agenda, AgendaItem, ParticipationBody } from '../../api/record-types';
import { DataList, Paragraph } from '../../components/messages';
import { labelOf } from '../../i18n/labels';
import { formatDate, formatInstant } from '../../page/format';
import type { PageContext } from '../../page/page-context';
import { RecordsLayout, recordsText } from '../records/records-layout';
import { SubjectActions, type SubjectAction } from '../subject-actions';

/** A participation agenda: who agreed it, and each item with the signals, tables and trajectories it led to. */
export function AgendaPage({
  context,
  agenda,
  body,
  saved = false,
}: {
  readonly context: PageContext;
  readonly agenda: Agenda;
  readonly body: ParticipationBody | undefined;
  /** Shown right after a form, once the page holds what it recorded. */
  readonly saved?: boolean;
}): VNode {
  const { t } = context;
  const text = recordsText(context).agenda;
  const agreedBy = agenda.agreements.map(
    (a) => `${labelOf(text.sides, a.side)} (${formatInstant(t.locale, a.agreedAt)})`,
  );
  return (
    <RecordsLayout context={context} title={text.title(agenda.year)}>
      <SubjectActions context={context} saved={saved} actions={agendaActions(context, agenda)} />
      <DataList
        items={[
          [
            text.body,
            <a class="utrecht-link" href={`/werkruimte/organen/${agenda.bodyId}`}>
              {body?.name ?? agenda.bodyId}
            </a>,
          ],
          [text.drafted, formatInstant(t.locale, agenda.draftedAt)],
          [text.agreedBy, agreedBy.length === 0 ? text.agreedByNobody : agreedBy.join(', ')],
        ]}
      />
      <Paragraph>{agenda.agreed ? text.agreedFully : text.agreedPartly}</Paragraph>
      <h2 class="utrecht-heading-2">{text.itemsHeading}</h2>
      {agenda.items.length === 0 ? <Paragraph>{text.noItems}</Paragraph> : null}
      {agenda.items.map((item, index) => (
        <AgendaItemSection context={context} item={item} number={index + 1} />
      ))}
    </RecordsLayout>
  );
}

/**
 * Adding an item, and agreeing the agenda. The step that follows: the first item of an empty
 * agenda, then the agreement of the visitor's side (an official's is the municipality's).
 */
export function agendaActions(context: PageContext, agenda: Agenda): SubjectAction[] {
  const { forms } = context.t;
  const at = `/werkruimte/agenda/${agenda.id}`;
  const side = context.session?.principal.roles.includes('official') ? 'municipality' : 'body';
  const agreedByMySide = agenda.agreements.some((agreement) => agreement.side === side);
  return [
    {
      operation: 'AddAgendaItem',
      href: `${at}/punt`,
      label: forms.addAgendaItem.title,
      next: agenda.items.length === 0,
    },
    {
      operation: 'AgreeParticipationAgenda',
      href: `${at}/instemmen`,
      label: forms.agreeAgenda.title,
      next: agenda.items.length > 0 && !agreedByMySide,
    },
  ];
}

function AgendaItemSection({
  context,
  item,
  number,
}: {
  readonly context: PageContext;
  readonly item: AgendaItem;
  readonly number: number;
}): VNode {
  const { t } = context;
  const text = recordsText(context).agenda;
  const id = `punt-${number}`;
  const links = item.signals.length + item.trajectories.length + item.tables.length + item.clusters.length;
  return (
    <section aria-labelledby={id}>
      <h3 class="utrecht-heading-3" id={id}>
        {`${number}. ${item.theme}`}
      </h3>
      <DataList
        items={[
          [text.source, labelOf(text.sources, item.source)],
          [
            text.addedOn,
            `${formatInstant(t.locale, item.addedAt)}${item.addedBy ? ` (${labelOf(text.sides, item.addedBy)})` : ''}`,
          ],
        ]}
      />
      {links === 0 ? <Paragraph>{text.noLinks}</Paragraph> : null}
      {item.clusters.length > 0 ? (
        <LinkList heading={text.clusters} items={item.clusters.map((c) => [undefined, c.title])} />
      ) : null}
      {item.signals.length > 0 ? (
        <LinkList
          heading={t.trajectory.signalsHeading}
          items={item.signals.map((s) => [
            undefined,
            `${formatDate(t.locale, s.receivedOn)}, ${s.municipalityCode}: ${s.themes.join(', ')} (${labelOf(t.labels.signalStatus, s.status)}${s.scope ? `, ${labelOf(t.labels.scope, s.scope)}` : ''})`,
          ])}
        />
      ) : null}
      {item.trajectories.length > 0 ? (
        <LinkList
          heading={text.trajectories}
          items={item.trajectories.map((tr) => [
            `/trajecten/${tr.trajectoryId}`,
            `${tr.subject} (${tr.municipalityCode}, ${labelOf(t.labels.adviceStatus, tr.status)})`,
          ])}
        />
      ) : null}
      {item.tables.length > 0 ? (
        <LinkList
          heading={text.tables}
          items={item.tables.map((tb) => [
            undefined,
            `${tb.theme} (${tb.municipalityCode}, ${labelOf(t.labels.tableStatus, tb.status)})`,
          ])}
        />
      ) : null}
    </section>
  );
}

/** A small heading and a list of texts, each a link where there is a page for it. */
function LinkList({
  heading,
  items,
}: {
  readonly heading: string;
  readonly items: readonly (readonly [href: string | undefined, text: string])[];
}): VNode {
  return (
    <>
      <p class="utrecht-paragraph">
        <strong>{heading}</strong>
      </p>
      <ul class="utrecht-unordered-list">
        {items.map(([href, label]) => (
          <li class="utrecht-unordered-list__item">
            {href ? (
              <a class="utrecht-link" href={href}>
                {label}
              </a>
            ) : (
              label
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

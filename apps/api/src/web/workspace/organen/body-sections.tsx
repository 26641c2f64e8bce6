import type { VNode } from 'preact';
import type { Page } from '../../api/api-types';
import type { AgendaSummary, ConsultationList, Member, SelfEvaluation } from '../../api/record-types';
import { Paragraph } from '../../components/messages';
import { PageCount } from '../../components/page-count';
import { Pager } from '../../components/pager';
import { Cell, RowHeader, Table } from '../../components/table';
import { labelOf } from '../../i18n/labels';
import { formatDate, formatInstant } from '../../page/format';
import type { PageContext } from '../../page/page-context';
import { recordsText } from '../records/records-layout';

/**
 * Everyone appointed, former members with the date they stopped, a page at a time with their
 * count; names only for roles that may see them.
 */
export function MembersSection({
  context,
  members: page,
}: {
  readonly context: PageContext;
  readonly members: Page<Member> | undefined;
}): VNode {
  const { t } = context;
  const text = recordsText(context).body;
  if (page === undefined) return <Paragraph>{text.membersHidden}</Paragraph>;
  if (page.total === 0) return <Paragraph>{text.noMembers}</Paragraph>;
  const members = page.items;
  return (
    <>
      <PageCount page={page} text={recordsText(context).filters.shown} />
      <Table
        caption={text.membersCaption}
        headers={[text.memberName, text.memberRole, text.expertise, text.workingGroups, text.appointed, text.ended]}
      >
        {members.map((member) => (
          <tr class="utrecht-table__row">
            <RowHeader>
              {member.displayName.name ?? (member.displayName.erased ? t.common.erased : t.common.restricted)}
            </RowHeader>
            <Cell>{labelOf(text.memberRoles, member.role)}</Cell>
            <Cell>{member.expertise.map((e) => labelOf(text.expertiseKinds, e)).join(', ') || t.common.none}</Cell>
            <Cell>{member.workingGroups.join(', ')}</Cell>
            <Cell>{formatInstant(t.locale, member.appointedAt)}</Cell>
            <Cell>{member.endedAt ? formatInstant(t.locale, member.endedAt) : text.current}</Cell>
          </tr>
        ))}
      </Table>
      <Pager context={context} page={page} />
    </>
  );
}

/** Consultations per year against the regulation's norm, then every consultation held. */
export function ConsultationsSection({
  context,
  consultations,
}: {
  readonly context: PageContext;
  readonly consultations: ConsultationList;
}): VNode {
  const { t } = context;
  const text = recordsText(context).body;
  const verdict = (met: boolean | null): string =>
    met === null ? text.normRunning : met ? text.normMet : text.normMissed;
  const held = consultations.items.flatMap((year) => year.consultations);
  return (
    <>
      <Paragraph>
        {text.consultationsIntro(
          consultations.norm.aldermanConsultationsPerYear,
          consultations.norm.programmeManagerConsultationEveryMonths,
        )}
      </Paragraph>
      {consultations.items.length > 0 ? (
        <Table caption={text.consultationsCaption} headers={[text.year, text.alderman, text.programmeManager]}>
          {consultations.items.map((year) => (
            <tr class="utrecht-table__row">
              <RowHeader>{String(year.year)}</RowHeader>
              <Cell>
                {text.countOfNorm(year.alderman.count, year.alderman.norm)} ({verdict(year.alderman.met)})
              </Cell>
              <Cell>
                {text.countOfNorm(year.programmeManager.count, year.programmeManager.norm)} (
                {verdict(year.programmeManager.met)})
              </Cell>
            </tr>
          ))}
        </Table>
      ) : null}
      {held.length === 0 ? (
        <Paragraph>{text.noConsultations}</Paragraph>
      ) : (
        <Table caption={text.consultationList} headers={[text.heldOn, text.with, text.topics, text.agreements]}>
          {held.map((consultation) => (
            <tr class="utrecht-table__row">
              <RowHeader>{formatDate(t.locale, consultation.heldOn)}</RowHeader>
              <Cell>{labelOf(text.partners, consultation.with)}</Cell>
              <Cell>{consultation.topics.join(', ')}</Cell>
              <Cell>{consultation.agreements ?? ''}</Cell>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}

export function SelfEvaluationsSection({
  context,
  evaluations,
}: {
  readonly context: PageContext;
  readonly evaluations: readonly SelfEvaluation[];
}): VNode {
  const text = recordsText(context).body;
  if (evaluations.length === 0) return <Paragraph>{text.noSelfEvaluations}</Paragraph>;
  return (
    <Table caption={text.selfEvaluationsCaption} captionHidden headers={[text.year, text.summary, text.recordedAt]}>
      {evaluations.map((evaluation) => (
        <tr class="utrecht-table__row">
          <RowHeader>{String(evaluation.year)}</RowHeader>
          <Cell>{evaluation.summary}</Cell>
          <Cell>{formatInstant(context.t.locale, evaluation.recordedAt)}</Cell>
        </tr>
      ))}
    </Table>
  );
}

export function AgendasSection({
  context,
  agendas,
}: {
  readonly context: PageContext;
  readonly agendas: readonly AgendaSummary[];
}): VNode {
  const text = recordsText(context);
  if (agendas.length === 0) return <Paragraph>{text.body.noAgendas}</Paragraph>;
  return (
    <Table
      caption={text.body.agendasCaption}
      captionHidden
      headers={[text.body.year, text.body.items, text.body.agreed, text.agenda.agreedBy]}
    >
      {agendas.map((agenda) => (
        <tr class="utrecht-table__row">
          <RowHeader>
            <a class="utrecht-link" href={`/werkruimte/agenda/${agenda.id}`}>
              {text.agenda.title(agenda.year)}
            </a>
          </RowHeader>
          <Cell>{agenda.itemCount}</Cell>
          <Cell>{agenda.agreed ? context.t.common.yes : context.t.common.no}</Cell>
          <Cell>
            {agenda.agreements.map((a) => labelOf(text.agenda.sides, a.side)).join(', ') || text.agenda.agreedByNobody}
          </Cell>
        </tr>
      ))}
    </Table>
  );
}

import type { VNode } from 'preact';
import type { Page } from '../../api/api-types';
import type {
  AgendaSummary,
  BodyComposition,
  ConsultationList,
  Dispute,
  Member,
  ParticipationBody,
  SelfEvaluation,
} from '../../api/record-types';
import { DataList, Paragraph } from '../../components/messages';
import { labelOf } from '../../i18n/labels';
import { formatInstant } from '../../page/format';
import type { PageContext } from '../../page/page-context';
import { RecordsLayout, recordsText } from '../records/records-layout';
import { SubjectActions } from '../subject-actions';
import { bodyActions } from './body-actions';
import { DisputesTable } from '../registers/disputes-table';
import { AgendasSection, ConsultationsSection, MembersSection, SelfEvaluationsSection } from './body-sections';
import { CompositionSection } from './composition-section';

export interface BodyRecords {
  readonly body: ParticipationBody;
  /** One page of them. Undefined where the visitor's role may not see the part. */
  readonly members: Page<Member> | undefined;
  readonly composition: BodyComposition | undefined;
  readonly consultations: ConsultationList;
  readonly selfEvaluations: readonly SelfEvaluation[];
  readonly agendas: readonly AgendaSummary[];
  readonly disputes: readonly Dispute[] | undefined;
}

/** One body: its facts, members, composition, agendas, consultations, self-evaluations and disputes. */
export function BodyPage({
  context,
  records,
  saved = false,
}: {
  readonly context: PageContext;
  readonly records: BodyRecords;
  /** Shown right after a form, once the page holds what it recorded. */
  readonly saved?: boolean;
}): VNode {
  const { t } = context;
  const text = recordsText(context);
  const { body } = records;
  const sections = [
    ['leden', text.body.membersHeading, <MembersSection context={context} members={records.members} />],
    [
      'samenstelling',
      text.body.compositionHeading,
      <CompositionSection context={context} composition={records.composition} />,
    ],
    ['agenda', text.body.agendasHeading, <AgendasSection context={context} agendas={records.agendas} />],
    [
      'overleg',
      text.body.consultationsHeading,
      <ConsultationsSection context={context} consultations={records.consultations} />,
    ],
    [
      'zelfevaluatie',
      text.body.selfEvaluationsHeading,
      <SelfEvaluationsSection context={context} evaluations={records.selfEvaluations} />,
    ],
    [
      'geschillen',
      text.body.disputesHeading,
      records.disputes === undefined || records.disputes.length === 0 ? (
        <Paragraph>{text.body.noDisputes}</Paragraph>
      ) : (
        <DisputesTable context={context} disputes={records.disputes} caption={text.body.disputesHeading} />
      ),
    ],
  ] as const;
  return (
    <RecordsLayout context={context} title={body.name}>
      <SubjectActions
        context={context}
        saved={saved}
        actions={bodyActions(t, body.id, records.members === undefined || records.members.total > 0)}
      />
      <h2 class="utrecht-heading-2">{text.body.factsHeading}</h2>
      <DataList
        items={[
          [text.bodies.kind, labelOf(text.bodies.kinds, body.kind)],
          [text.bodies.municipalities, body.municipalityCodes.join(', ')],
          [text.bodies.domains, body.domains.map((d) => labelOf(t.labels.domain, d)).join(', ')],
          [text.bodies.established, formatInstant(t.locale, body.establishedAt)],
        ]}
      />
      {sections.map(([id, heading, content]) => (
        <section aria-labelledby={id}>
          <h2 class="utrecht-heading-2" id={id}>
            {heading}
          </h2>
          {content}
        </section>
      ))}
    </RecordsLayout>
  );
}

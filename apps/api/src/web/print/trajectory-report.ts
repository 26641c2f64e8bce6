import type { CouncilProposalReport } from '../api/api-types';
import type { TrajectoryRecord } from '../api/record-types';
import { labelOf } from '../i18n/labels';
import type { Messages } from '../i18n/messages.nl';
import { formatDate, formatInstant } from '../page/format';
import type { Report, ReportBlock, ReportSection } from './report-model';

/** The report's own words; Dutch, as the council's papers are. */
const WORDS = {
  subtitleTrajectory: (municipality: string) => `Verloop van een adviestraject, gemeente ${municipality}`,
  subtitleAsOf: (date: string) => `zoals het stond op ${date}`,
  subtitleProposal: (ref: string) => `Adviezen bij raadsvoorstel ${ref}`,
  facts: 'Gegevens',
  advice: 'Advies van het participatieorgaan',
  noAdvice: 'Er is nog geen advies uitgebracht.',
  recommendations: 'Aanbevelingen en de reactie van het college',
  noResponse: 'Het college heeft nog niet gereageerd.',
  college: 'Reactie college',
  reasoning: 'Motivering',
  council: 'Raad',
  noProposals: 'Het advies is nog niet bij een raadsvoorstel gevoegd.',
  implementation: 'Uitvoering en vervolg',
  nothingYet: 'Nog niets vastgelegd.',
  checkpoint: 'Vervolgmoment',
  log: 'Verloop (vastgelegde stappen)',
  summary: 'Samenvatting',
  clientPerspective: 'Perspectief van cliënten',
  issuedOn: 'Uitgebracht',
  respondedOn: 'Gereageerd',
  documentRef: 'Kenmerk',
  attachedOn: 'Gevoegd bij raadsvoorstel',
  decided: 'Besluit van de raad',
  status: 'Stand van zaken',
  question: 'Adviesvraag',
  addressedTo: 'Gericht aan',
  portfolioHolder: 'Portefeuillehouder',
  responseDueOn: 'Reactie uiterlijk',
  by: 'door',
} as const;

/** A trajectory's history for the council, from the public answer (no personal data, no login ids). */
export function trajectoryReport(record: TrajectoryRecord, municipalityName: string, t: Messages): Report {
  const { state } = record;
  const { labels, locale } = t;
  const date = (d: string | undefined): string => formatDate(locale, d);
  const facts: ReportBlock = {
    kind: 'facts',
    rows: [
      [t.trajectory.municipality, municipalityName],
      [WORDS.addressedTo, state.addressedTo.join(', ')],
      [t.trajectory.kind, labelOf(labels.adviceKind, state.kind)],
      [t.trajectory.domain, labelOf(labels.domain, state.domain)],
      [t.trajectory.policyPhase, labelOf(labels.policyPhase, state.policyPhase)],
      ...(state.question ? [[WORDS.question, state.question] as const] : []),
      ...(state.portfolioHolder ? [[WORDS.portfolioHolder, state.portfolioHolder] as const] : []),
      ...(state.responseDueOn ? [[WORDS.responseDueOn, date(state.responseDueOn)] as const] : []),
      [WORDS.status, labelOf(labels.adviceStatus, state.status)],
    ],
  };
  const sections: ReportSection[] = [
    { heading: WORDS.facts, blocks: [facts] },
    adviceSection(record, date),
    recommendationsSection(record, t),
    councilSection(record, t),
    implementationSection(record, t),
    {
      heading: WORDS.log,
      blocks: [
        {
          kind: 'list',
          items: record.events.map(
            (e) =>
              `${formatInstant(locale, e.occurredAt)}: ${labels.eventType[e.type] ?? e.type} (${WORDS.by} ${labelOf(labels.role, e.actor.role)})`,
          ),
        },
      ],
    },
  ];
  const asOf = record.asOf ? `, ${WORDS.subtitleAsOf(formatInstant(locale, record.asOf))}` : '';
  return { title: state.subject, subtitle: `${WORDS.subtitleTrajectory(municipalityName)}${asOf}`, sections };
}

function adviceSection(record: TrajectoryRecord, date: (d: string | undefined) => string): ReportSection {
  const { advice } = record.state;
  if (!advice) return { heading: WORDS.advice, blocks: [{ kind: 'paragraph', text: WORDS.noAdvice }] };
  return {
    heading: WORDS.advice,
    blocks: [
      { kind: 'facts', rows: [[WORDS.issuedOn, date(advice.issuedOn)]] },
      { kind: 'subheading', text: WORDS.summary },
      { kind: 'paragraph', text: advice.summary },
      { kind: 'subheading', text: WORDS.clientPerspective },
      { kind: 'paragraph', text: advice.clientPerspective },
    ],
  };
}

/** Each recommendation with every addressed college's decision and its reasoning. */
function recommendationsSection(record: TrajectoryRecord, t: Messages): ReportSection {
  const { advice, responses } = record.state;
  if (!advice) return { heading: WORDS.recommendations, blocks: [{ kind: 'paragraph', text: WORDS.noAdvice }] };
  const blocks: ReportBlock[] = [];
  if (responses.length === 0) blocks.push({ kind: 'paragraph', text: WORDS.noResponse });
  for (const response of responses) {
    const rows: (readonly [string, string])[] = [[WORDS.respondedOn, formatDate(t.locale, response.respondedOn)]];
    if (response.municipalityCode) rows.unshift([t.trajectory.municipality, response.municipalityCode]);
    if (response.documentRef) rows.push([WORDS.documentRef, response.documentRef]);
    blocks.push({ kind: 'facts', rows });
  }
  for (const recommendation of advice.recommendations) {
    blocks.push({ kind: 'subheading', text: `${recommendation.number}. ${recommendation.text}` });
    const answers = responses.flatMap((response) =>
      response.decisions
        .filter((d) => d.recommendationNumber === recommendation.number)
        .map((d) => ({ municipality: response.municipalityCode, ...d })),
    );
    if (answers.length === 0) blocks.push({ kind: 'paragraph', text: WORDS.noResponse });
    for (const answer of answers) {
      const who = answer.municipality && responses.length > 1 ? ` (${answer.municipality})` : '';
      blocks.push({
        kind: 'facts',
        rows: [
          [`${WORDS.college}${who}`, labelOf(t.labels.collegeDecision, answer.decision)],
          ...(answer.reasoning ? [[WORDS.reasoning, answer.reasoning] as const] : []),
        ],
      });
    }
  }
  return { heading: WORDS.recommendations, blocks };
}

function councilSection(record: TrajectoryRecord, t: Messages): ReportSection {
  const { proposals } = record.state;
  if (proposals.length === 0)
    return { heading: WORDS.council, blocks: [{ kind: 'paragraph', text: WORDS.noProposals }] };
  return {
    heading: WORDS.council,
    blocks: proposals.flatMap((proposal): ReportBlock[] => [
      { kind: 'subheading', text: `${t.trajectory.proposalRef} ${proposal.proposalRef}` },
      {
        kind: 'facts',
        rows: [
          ...(proposal.municipalityCode ? [[t.trajectory.municipality, proposal.municipalityCode] as const] : []),
          [WORDS.attachedOn, formatDate(t.locale, proposal.attachedOn)],
          ...proposal.decisions.map(
            (d) =>
              [
                WORDS.decided,
                `${labelOf(t.labels.councilDecision, d.decision)} (${formatDate(t.locale, d.decidedOn)})`,
              ] as const,
          ),
        ],
      },
    ]),
  };
}

function implementationSection(record: TrajectoryRecord, t: Messages): ReportSection {
  const { progress, followUp } = record.state;
  const items = [
    ...followUp.map((c) => `${WORDS.checkpoint} ${formatDate(t.locale, c.dueOn)}: ${c.description}`),
    ...progress.map(
      (p) =>
        `${formatDate(t.locale, p.reportedOn)}: ${p.recommendationNumber}. ${labelOf(t.labels.implementationStatus, p.status)}${p.note ? ` — ${p.note}` : ''}`,
    ),
  ];
  return {
    heading: WORDS.implementation,
    blocks: [items.length === 0 ? { kind: 'paragraph', text: WORDS.nothingYet } : { kind: 'list', items }],
  };
}

/** A council proposal's report: every advice attached, each recommendation with college, council and implementation. */
export function proposalReport(report: CouncilProposalReport, t: Messages): Report {
  const sections = report.advice.map((advice): ReportSection => ({
    heading: `${advice.subject} (${advice.municipalityCode})`,
    blocks: [
      {
        kind: 'facts',
        rows: [
          [WORDS.status, labelOf(t.labels.adviceStatus, advice.status)],
          [WORDS.attachedOn, formatDate(t.locale, advice.attachedOn)],
          ...(advice.issuedOn ? [[WORDS.issuedOn, formatDate(t.locale, advice.issuedOn)] as const] : []),
          ...(advice.respondedOn ? [[WORDS.respondedOn, formatDate(t.locale, advice.respondedOn)] as const] : []),
        ],
      },
      ...(advice.summary ? [{ kind: 'paragraph', text: advice.summary } as const] : []),
      ...advice.recommendations.flatMap((r): ReportBlock[] => [
        { kind: 'subheading', text: `${r.number}. ${r.text}` },
        {
          kind: 'facts',
          rows: [
            [
              WORDS.college,
              r.collegeDecision ? labelOf(t.labels.collegeDecision, r.collegeDecision) : WORDS.noResponse,
            ],
            ...(r.reasoning ? [[WORDS.reasoning, r.reasoning] as const] : []),
            ...(r.councilDecision
              ? [[WORDS.decided, labelOf(t.labels.councilDecision, r.councilDecision)] as const]
              : []),
            ...(r.implementation
              ? [
                  [
                    WORDS.implementation,
                    `${labelOf(t.labels.implementationStatus, r.implementation.status)} (${formatDate(t.locale, r.implementation.reportedOn)})`,
                  ] as const,
                ]
              : []),
          ],
        },
      ]),
    ],
  }));
  return {
    title: `Raadsvoorstel ${report.proposalRef}`,
    subtitle: WORDS.subtitleProposal(report.proposalRef),
    sections,
  };
}

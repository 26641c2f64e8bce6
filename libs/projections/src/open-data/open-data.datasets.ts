import {
  ADVICE_KINDS,
  COLLEGE_DECISIONS,
  COUNCIL_DECISIONS,
  IMPLEMENTATION_STATUSES,
  POLICY_PHASES,
  SOCIAL_DOMAINS,
} from '#domain';
import {
  ADVICE_REGISTER_STATUSES,
  councilOf,
  responsesOf,
  type AdviceRegisterDoc,
  type CollegeResponseEntry,
} from '../advice-register/advice-register.doc';

/** A column of an open-data file: its JSON Schema type, and whether it may be empty. */
export interface OpenDataColumn {
  readonly name: string;
  readonly description: string;
  readonly type: 'string' | 'integer';
  readonly format?: 'date' | 'uuid' | 'uri';
  readonly enum?: readonly string[];
  readonly optional?: boolean;
}

export type OpenDataRow = Readonly<Record<string, string | number | null>>;

export interface OpenDataSet {
  /** Part of the file's stable URL: `/open-data/{municipality}/{name}.csv`. */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly columns: readonly OpenDataColumn[];
  /** The rows of one municipality, from the advice register: public texts and dates only. */
  rows(docs: readonly AdviceRegisterDoc[], municipalityCode: string): OpenDataRow[];
}

/*
 * No personal data: the advice register holds none but the responsible official's login id,
 * which no dataset takes, and the body and trajectories are named by id. No counts of people
 * either: the only numbers are recommendation numbers.
 */

const trajectoryId: OpenDataColumn = {
  name: 'trajectoryId',
  description: 'The advice trajectory.',
  type: 'string',
  format: 'uuid',
};
const municipalityCode: OpenDataColumn = {
  name: 'municipalityCode',
  description: 'CBS code of the municipality (GM….).',
  type: 'string',
};

export const ADVICE_DATASET: OpenDataSet = {
  name: 'advice',
  title: 'Adviesregister',
  description: 'Every advice trajectory of the municipality: subject, question, the advice and where it stands.',
  columns: [
    trajectoryId,
    municipalityCode,
    { name: 'bodyId', description: 'The participation body that advises.', type: 'string', format: 'uuid' },
    { name: 'kind', description: 'Solicited or unsolicited advice.', type: 'string', enum: ADVICE_KINDS },
    { name: 'subject', description: 'What the advice is about.', type: 'string' },
    { name: 'question', description: "The municipality's question.", type: 'string', optional: true },
    { name: 'domain', description: 'Social domain.', type: 'string', enum: SOCIAL_DOMAINS },
    { name: 'policyPhase', description: 'Policy phase the advice is asked in.', type: 'string', enum: POLICY_PHASES },
    { name: 'status', description: 'Where the trajectory stands.', type: 'string', enum: ADVICE_REGISTER_STATUSES },
    { name: 'issuedOn', description: 'When the advice was issued.', type: 'string', format: 'date', optional: true },
    { name: 'adviceSummary', description: 'The advice in brief.', type: 'string', optional: true },
    { name: 'recommendationCount', description: 'Recommendations in the advice.', type: 'integer' },
    {
      name: 'responseDueOn',
      description: "When the college's answer is due.",
      type: 'string',
      format: 'date',
      optional: true,
    },
    {
      name: 'respondedOn',
      description: "When this municipality's college answered.",
      type: 'string',
      format: 'date',
      optional: true,
    },
  ],
  rows: (docs, code) =>
    docs.map((doc) => ({
      trajectoryId: doc.trajectoryId,
      municipalityCode: code,
      bodyId: doc.bodyId,
      kind: doc.kind,
      subject: doc.subject,
      question: doc.question ?? null,
      domain: doc.domain,
      policyPhase: doc.policyPhase,
      status: doc.status,
      issuedOn: doc.advice?.issuedOn ?? null,
      adviceSummary: doc.advice?.summary ?? null,
      recommendationCount: doc.advice?.recommendations.length ?? 0,
      responseDueOn: doc.responseDueOn ?? null,
      respondedOn: responseOf(doc, code)?.respondedOn ?? null,
    })),
};

export const RECOMMENDATIONS_DATASET: OpenDataSet = {
  name: 'recommendations',
  title: 'Aanbevelingen en besluiten van het college',
  description:
    "Each recommendation of each advice, with the college's decision, its reasoning and how it is carried out.",
  columns: [
    trajectoryId,
    municipalityCode,
    { name: 'recommendationNumber', description: 'Number of the recommendation in the advice.', type: 'integer' },
    { name: 'recommendation', description: 'The recommendation.', type: 'string' },
    {
      name: 'collegeDecision',
      description: "The college's decision.",
      type: 'string',
      enum: COLLEGE_DECISIONS,
      optional: true,
    },
    { name: 'reasoning', description: "The college's reasoning.", type: 'string', optional: true },
    {
      name: 'implementationStatus',
      description: 'How the recommendation is carried out, as last reported.',
      type: 'string',
      enum: IMPLEMENTATION_STATUSES,
      optional: true,
    },
  ],
  rows: (docs, code) =>
    docs.flatMap((doc) =>
      (doc.advice?.recommendations ?? []).map((recommendation) => {
        const answer = responseOf(doc, code)?.decisions.find((d) => d.recommendationNumber === recommendation.number);
        return {
          trajectoryId: doc.trajectoryId,
          municipalityCode: code,
          recommendationNumber: recommendation.number,
          recommendation: recommendation.text,
          collegeDecision: answer?.decision ?? null,
          reasoning: answer && 'reasoning' in answer ? (answer.reasoning ?? null) : null,
          implementationStatus: recommendation.implementation?.status ?? null,
        };
      }),
    ),
};

export const COUNCIL_DECISIONS_DATASET: OpenDataSet = {
  name: 'council-decisions',
  title: 'Raadsvoorstellen en raadsbesluiten',
  description:
    "The council proposals each advice went with, with the council information system's page, the council's decisions and the implementation.",
  columns: [
    trajectoryId,
    municipalityCode,
    { name: 'proposalRef', description: "The council proposal's reference.", type: 'string' },
    {
      name: 'proposalUrl',
      description: "The council information system's page of the proposal, or its Open Raadsinformatie id.",
      type: 'string',
      optional: true,
    },
    {
      name: 'attachedOn',
      description: 'When the advice was attached to the proposal.',
      type: 'string',
      format: 'date',
    },
    { name: 'decidedOn', description: 'When the council decided.', type: 'string', format: 'date', optional: true },
    {
      name: 'decision',
      description: "The council's decision.",
      type: 'string',
      enum: COUNCIL_DECISIONS,
      optional: true,
    },
    {
      name: 'recommendationsRealised',
      description: 'Recommendations reported realised so far.',
      type: 'integer',
    },
  ],
  rows: (docs, code) =>
    docs.flatMap((doc) =>
      doc.proposals
        .filter((proposal) => councilOf(doc, proposal) === code)
        .map((proposal) => {
          const decision = proposal.decisions.at(-1);
          return {
            trajectoryId: doc.trajectoryId,
            municipalityCode: code,
            proposalRef: proposal.proposalRef,
            proposalUrl: proposal.proposalUrl ?? null,
            attachedOn: proposal.attachedOn,
            decidedOn: decision?.decidedOn ?? null,
            decision: decision?.decision ?? null,
            recommendationsRealised: (doc.advice?.recommendations ?? []).filter(
              (r) => r.implementation?.status === 'realised',
            ).length,
          };
        }),
    ),
};

export const OPEN_DATA_SETS: readonly OpenDataSet[] = [
  ADVICE_DATASET,
  RECOMMENDATIONS_DATASET,
  COUNCIL_DECISIONS_DATASET,
];

function responseOf(doc: AdviceRegisterDoc, code: string): CollegeResponseEntry | undefined {
  return responsesOf(doc).find((response) => response.municipalityCode === code);
}

import { ACTORS, BEVERWIJK, HEEMSKERK, IJMOND, memberOf, VELSEN } from './actors';
import { stepsOf, type DemoActor, type DemoStep, type ScenarioCalendar } from './demo-step';
import { BODY, bodyDispute, cluster, REGIONAL_TRAJECTORY } from './ids';

/** Each college's written answer to the regional advice, by its own official. */
export const REGIONAL_RESPONSES: readonly {
  readonly municipalityCode: string;
  readonly official: DemoActor;
  readonly day: number;
  readonly decisions: readonly { readonly decision: string; readonly reasoning?: string }[];
  readonly documentRef: string;
}[] = [
  {
    municipalityCode: BEVERWIJK,
    official: ACTORS.beverwijk,
    day: 410,
    decisions: [{ decision: 'adopted' }, { decision: 'adopted' }],
    documentRef: 'B&W Beverwijk 2026/0190',
  },
  {
    municipalityCode: HEEMSKERK,
    official: ACTORS.heemskerk,
    day: 415,
    decisions: [
      { decision: 'adopted' },
      { decision: 'partially-adopted', reasoning: 'Een vast aanspreekpunt komt er, maar gedeeld met Beverwijk.' },
    ],
    documentRef: 'B&W Heemskerk 2026/041',
  },
  {
    municipalityCode: VELSEN,
    official: ACTORS.velsen,
    day: 420,
    decisions: [
      { decision: 'partially-adopted', reasoning: 'Eerst voor ritten naar de dagbesteding.' },
      { decision: 'not-adopted', reasoning: 'Velsen houdt zijn eigen klantenservice voor het vervoer.' },
    ],
    documentRef: 'B&W Velsen 2026/118',
  },
];

/** The regional council's unasked advice to all three colleges (seed 001, 4.3). */
export const REGIONAL_ADVICE = {
  id: REGIONAL_TRAJECTORY.transport,
  subject: 'Regiotaxi in de hele IJmond',
  addressedTo: IJMOND,
  recommendations: ['Eén regiotaxi voor de drie gemeenten.', 'Eén vast aanspreekpunt voor reizigers.'],
  responses: REGIONAL_RESPONSES,
} as const;

/** Advice about how to involve residents, not about what to decide (seed 002, procesadvies). */
export const PROCESS_ADVICE = {
  id: REGIONAL_TRAJECTORY.processAdvice,
  subject: 'Werkwijze participatie bij het minimabeleid',
  question: 'Hoe betrekken we inwoners met een laag inkomen bij de herijking van het minimabeleid?',
  adviceDueDay: 580,
  adviceDay: 575,
} as const;

/** A dispute about the council's facilities, settled by the committee (seed 003, condition 1). */
export const BODY_DISPUTE = {
  id: bodyDispute(1),
  bodyId: BODY.regional,
  about: 'facilities',
  reason: 'Sinds de verbouwing van het gemeentehuis heeft de raad geen vaste vergaderruimte meer.',
  resolution: 'De gemeente Velsen stelt elke tweede dinsdag een zaal in het stadhuis beschikbaar.',
} as const;

/**
 * The rules of the seeds' second reading, shown once each: a regional advice answered by every
 * addressed college and resting on a collective signal, a process advice whose response term
 * follows the regulation, and a dispute about the body's facilities.
 */
export function regionalSteps(calendar: ScenarioCalendar): DemoStep[] {
  const { steps, post } = stepsOf('regional');
  const member = memberOf(BODY.regional);
  const at = (id: string, step: string): string => `/advice-trajectories/${id}/${step}`;
  const advice = REGIONAL_ADVICE;
  post('StartAdviceTrajectory', member, '/advice-trajectories', {
    id: advice.id,
    municipalityCode: BEVERWIJK,
    bodyId: BODY.regional,
    kind: 'unsolicited',
    subject: advice.subject,
    domain: 'wmo',
    policyPhase: 'agenda-setting',
    addressedTo: [...advice.addressedTo],
    responseDueOn: calendar.day(440),
  });
  // The late-transport cluster is one collective signal from Velsen, evidence for all three.
  post('LinkSignal', member, at(advice.id, 'linked-signals'), { signalId: cluster(1) });
  post('IssueAdvice', member, at(advice.id, 'advice'), {
    issuedOn: calendar.day(390),
    summary: 'Organiseer het doelgroepenvervoer voor de hele IJmond als één dienst.',
    clientPerspective: 'Reizigers merken niet waar de gemeentegrens ligt, wel dat de taxi niet komt.',
    recommendations: advice.recommendations.map((text, i) => ({ number: i + 1, text })),
  });
  for (const response of advice.responses) {
    post('RecordCollegeResponse', response.official, at(advice.id, 'college-response'), {
      municipalityCode: response.municipalityCode,
      respondedOn: calendar.day(response.day),
      decisions: response.decisions.map((d, i) => ({ recommendationNumber: i + 1, ...d })),
      documentRef: response.documentRef,
    });
  }

  const process = PROCESS_ADVICE;
  post('StartAdviceTrajectory', ACTORS.velsen, '/advice-trajectories', {
    id: process.id,
    municipalityCode: VELSEN,
    bodyId: BODY.regional,
    kind: 'solicited',
    subject: process.subject,
    question: process.question,
    domain: 'participation-act',
    policyPhase: 'agenda-setting',
    adviceDueOn: calendar.day(process.adviceDueDay),
    responsibleOfficial: ACTORS.velsen.sub,
    portfolioHolder: 'wethouder Sociaal Domein',
  });
  // No response date is agreed: Velsen's regulation sets it from the day of the advice.
  post('IssueAdvice', member, at(process.id, 'advice'), {
    issuedOn: calendar.day(process.adviceDay),
    adviceKind: 'process',
    summary: 'Begin met huiskamergesprekken in de wijken en laat ervaringsdeskundigen de vragen opstellen.',
    clientPerspective: 'Inwoners met een laag inkomen praten liever thuis of in de buurt dan op het stadhuis.',
    recommendations: [{ number: 1, text: 'Huiskamergesprekken in elke wijk, geleid door ervaringsdeskundigen.' }],
  });

  const dispute = BODY_DISPUTE;
  post('RaiseBodyDispute', ACTORS.secretary, `/participation-bodies/${dispute.bodyId}/disputes`, {
    disputeId: dispute.id,
    about: dispute.about,
    reason: dispute.reason,
  });
  post(
    'ResolveBodyDispute',
    ACTORS.committee,
    `/participation-bodies/${dispute.bodyId}/disputes/${dispute.id}/_resolve`,
    {
      resolution: dispute.resolution,
    },
  );
  return steps;
}

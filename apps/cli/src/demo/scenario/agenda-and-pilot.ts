import { ACTORS } from './actors';
import { stepsOf, type DemoStep, type ScenarioCalendar } from './demo-step';
import { AGENDA, agendaItem, BODY, consultation, finding, PILOT, signal } from './ids';

const { admin, evaluator, secretary, velsen } = ACTORS;

/** The regional council's participation agenda: where its themes came from (seed 001, "werkagenda"). */
export const AGENDA_ITEMS = [
  { n: 1, theme: 'Doelgroepenvervoer', source: 'signal', signalNumbers: [8, 9] },
  { n: 2, theme: 'Toegang tot hulp en zorg', source: 'signal', signalNumbers: [1] },
  { n: 3, theme: 'Jongeren laten meepraten', source: 'joint', signalNumbers: [6] },
  { n: 4, theme: 'Inkoop jeugdhulp', source: 'municipality', signalNumbers: [] },
  { n: 5, theme: 'Zelfevaluatie en werkwijze', source: 'body', signalNumbers: [] },
] as const;

/** The pilot's yardsticks and targets, set in time (seed 001, "Evaluatie"). */
export const PILOT_CRITERIA = [
  { metric: 'early-involvement-share', target: 0.6 },
  { metric: 'client-perspective-share', target: 1 },
  { metric: 'written-response-share', target: 0.9 },
  { metric: 'response-on-time-share', target: 0.8 },
  { metric: 'response-days-median', target: 42 },
  { metric: 'not-adopted-with-reasoning-share', target: 1 },
  { metric: 'signals-closed-with-feedback-share', target: 0.75 },
  { metric: 'youth-participants-count', target: 10 },
  { metric: 'agenda-items-from-signals-count', target: 3 },
] as const;

/** The two-year pilot of the new way of working, which starts on day 0. */
export const PILOT_DAYS = 730;

export function pilotSteps(calendar: ScenarioCalendar): DemoStep[] {
  const { steps, post } = stepsOf('pilot');
  post('StartPilot', admin, '/pilots', {
    id: PILOT,
    name: 'Pilot vernieuwing participatie IJmond',
    bodyIds: Object.values(BODY),
    startsOn: calendar.day(0),
    endsOn: calendar.day(PILOT_DAYS - 1),
    criteria: PILOT_CRITERIA,
  });
  return steps;
}

/** The agenda, consultations with the alderman and the self-evaluation of the regional council. */
export function agendaSteps(calendar: ScenarioCalendar): DemoStep[] {
  const { steps, post } = stepsOf('agenda');
  post('DraftParticipationAgenda', secretary, '/participation-agendas', {
    id: AGENDA,
    bodyId: BODY.regional,
    year: Number(calendar.day(0).slice(0, 4)),
  });
  for (const item of AGENDA_ITEMS) {
    // The municipality's own items are brought in by its official; the rest by the secretary.
    const actor = item.source === 'municipality' ? velsen : secretary;
    post('AddAgendaItem', actor, `/participation-agendas/${AGENDA}/items`, {
      itemId: agendaItem(item.n),
      theme: item.theme,
      source: item.source,
      ...(item.signalNumbers.length > 0 ? { signalIds: item.signalNumbers.map(signal) } : {}),
    });
  }
  // Made together: the body and the municipality each agree the agenda (seed 000, 7).
  post('AgreeParticipationAgenda', secretary, `/participation-agendas/${AGENDA}/_agree`, {});
  post('AgreeParticipationAgenda', velsen, `/participation-agendas/${AGENDA}/_agree`, {});
  const consultations = [
    {
      day: 30,
      with: 'alderman',
      topics: ['werkagenda', 'jongereninspraak'],
      agreements: 'Twee keer per jaar overleg.',
    },
    { day: 120, with: 'programme-manager', topics: ['inkoop jeugdhulp'] },
    {
      day: 210,
      with: 'alderman',
      topics: ['één loket', 'doelgroepenvervoer'],
      agreements: 'Terugkoppeling binnen zes weken.',
    },
  ];
  consultations.forEach((c, i) =>
    post('RecordConsultation', secretary, `/participation-bodies/${BODY.regional}/consultations`, {
      consultationId: consultation(i + 1),
      heldOn: calendar.day(c.day),
      with: c.with,
      topics: c.topics,
      ...(c.agreements ? { agreements: c.agreements } : {}),
    }),
  );
  post('RecordSelfEvaluation', secretary, `/participation-bodies/${BODY.regional}/self-evaluations`, {
    year: Number(calendar.day(0).slice(0, 4)),
    summary: 'Meer jongeren bereikt; de terugkoppeling aan melders kan beter.',
  });
  EVALUATION_FINDINGS.forEach((f, i) =>
    post('RecordEvaluationFinding', evaluator, `/pilots/${PILOT}/findings`, {
      findingId: finding(i + 1),
      topic: f.topic,
      finding: f.finding,
      recordedOn: calendar.day(f.day),
    }),
  );
  return steps;
}

/** What the evaluators found beside the numbers: how the parties worked together (seed 004, "Evaluatie"). */
export const EVALUATION_FINDINGS = [
  {
    day: 560,
    topic: 'collaboration-college',
    finding: 'Het college antwoordt op tijd, maar legt bij niet overgenomen aanbevelingen niet altijd uit waarom.',
  },
  {
    day: 575,
    topic: 'collaboration-officials',
    finding: 'Beleidsmedewerkers betrekken de raad vaker aan de voorkant dan bij de start van de pilot.',
  },
] as const;

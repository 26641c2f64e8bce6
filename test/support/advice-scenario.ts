import request from 'supertest';
import { appointIjmondMembers, IJMOND_BODY_ID, seedIjmond } from './ijmond';
import type { TestApp } from './test-app';

/** Fixed ids of the scenario, so tests and screenshots are the same on every run. */
export const SCENARIO = {
  trajectoryId: 'c0a80101-0000-4000-8000-00000000aa01',
  overdueId: 'c0a80101-0000-4000-8000-00000000aa02',
  signalId: 'c0a80101-0000-4000-8000-00000000ac01',
  tableId: 'c0a80101-0000-4000-8000-00000000ad01',
  pilotId: 'c0a80101-0000-4000-8000-00000000ae01',
  proposalRef: 'RV-2026-031',
  subject: 'Herziening verordening Wmo 2027',
  overdueSubject: 'Vervoer naar de dagbesteding',
  /** Personal data in the scenario: no public page may ever show it. */
  personalData: ['J. de Vries', '06-11112222', 'Mevrouw De Vries weet niet waar zij met haar Wmo-vraag terechtkan.'],
} as const;

/**
 * Through the API: the IJmond council, a collective signal, a table with a client's
 * contribution, one trajectory the whole way to the council and the implementation, one
 * advice whose college response is overdue, and a pilot over 2026–2027.
 */
export async function seedAdviceScenario(api: TestApp): Promise<number> {
  await seedIjmond(api, ['GM0375', 'GM0396']);
  await appointIjmondMembers(api, ['scenario-member']);
  const admin = await api.bearer('admin', ['GM0375', 'GM0396'], 'scenario-admin');
  const official = await api.bearer('official', ['GM0375'], 'scenario-official');
  const member = await api.bearer('body-member', ['GM0375'], 'scenario-member');
  let position = 0;
  const post = async (path: string, token: string, body: object): Promise<void> => {
    const answer = await request(api.http).post(`/api/v1${path}`).set('Authorization', token).send(body);
    if (answer.status >= 300) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    position = (answer.body as { position: number }).position;
  };
  const on = (step: string, id: string = SCENARIO.trajectoryId) => `/advice-trajectories/${id}/${step}`;

  await post('/signals', member, {
    id: SCENARIO.signalId,
    bodyId: IJMOND_BODY_ID,
    municipalityCode: 'GM0375',
    channel: 'meeting',
    receivedOn: '2026-01-15',
    themes: ['toegang'],
    domain: 'wmo',
    summary: SCENARIO.personalData[2],
    reporter: { name: SCENARIO.personalData[0], contact: SCENARIO.personalData[1] },
  });
  await post(`/signals/${SCENARIO.signalId}/_assess`, member, {
    scope: 'collective',
    rationale: 'In alle kernen gehoord.',
  });
  await post('/temporary-tables', member, {
    id: SCENARIO.tableId,
    municipalityCode: 'GM0375',
    bodyId: IJMOND_BODY_ID,
    theme: 'Toegang tot de Wmo',
    question: 'Hoe vinden inwoners de weg naar ondersteuning?',
    initiatedBy: 'joint',
    form: 'theme-table',
    expectedGroups: ['client', 'carer'],
  });
  await post(`/temporary-tables/${SCENARIO.tableId}/contributions`, member, {
    perspective: 'client',
    summary: 'Meneer Bakker wil één vast aanspreekpunt.',
  });
  await post('/advice-trajectories', official, {
    id: SCENARIO.trajectoryId,
    municipalityCode: 'GM0375',
    bodyId: IJMOND_BODY_ID,
    kind: 'solicited',
    subject: SCENARIO.subject,
    question: 'Hoe wordt de Wmo-verordening begrijpelijk en dichtbij?',
    domain: 'wmo',
    policyPhase: 'agenda-setting',
    responseDueOn: '2026-05-01',
  });
  await post(on('linked-signals'), official, { signalId: SCENARIO.signalId });
  await post(on('linked-tables'), official, { tableId: SCENARIO.tableId });
  await post(on('advice'), member, {
    issuedOn: '2026-03-02',
    summary: 'Maak de Wmo-verordening begrijpelijk en dichtbij.',
    clientPerspective: 'Cliënten willen één loket en een vaste contactpersoon.',
    recommendations: [
      { number: 1, text: 'Eén loket voor alle Wmo-vragen.' },
      { number: 2, text: 'Een vaste contactpersoon per cliënt.' },
    ],
  });
  await post(on('college-response'), official, {
    respondedOn: '2026-04-06',
    decisions: [
      { recommendationNumber: 1, decision: 'adopted' },
      { recommendationNumber: 2, decision: 'not-adopted', reasoning: 'Het aantal consulenten laat dit niet toe.' },
    ],
    documentRef: 'B&W 2026/0412',
  });
  await post(on('council-proposals'), official, { proposalRef: SCENARIO.proposalRef, attachedOn: '2026-04-20' });
  await post(on('council-decisions'), official, { decidedOn: '2026-06-15', decision: 'amended' });
  await post(on('implementation-progress'), official, {
    recommendationNumber: 1,
    status: 'realised',
    reportedOn: '2026-10-01',
  });

  await post('/advice-trajectories', official, {
    id: SCENARIO.overdueId,
    municipalityCode: 'GM0375',
    bodyId: IJMOND_BODY_ID,
    kind: 'solicited',
    subject: SCENARIO.overdueSubject,
    question: 'Hoe komen deelnemers op tijd bij de dagbesteding?',
    domain: 'wmo',
    policyPhase: 'preparation',
    responseDueOn: '2026-06-01',
  });
  await post(on('advice', SCENARIO.overdueId), member, {
    issuedOn: '2026-05-01',
    summary: 'Laat het vervoer op tijd rijden.',
    clientPerspective: 'Deelnemers missen het begin van de dag.',
    recommendations: [{ number: 1, text: 'Spreek een maximale wachttijd af met de vervoerder.' }],
  });

  await post('/pilots', admin, {
    id: SCENARIO.pilotId,
    name: 'Pilot participatieraad IJmond',
    bodyIds: [IJMOND_BODY_ID],
    startsOn: '2026-01-01',
    endsOn: '2027-12-31',
    criteria: [
      { metric: 'signals-count', target: 2 },
      { metric: 'recommendations-adopted-share', target: 0.5 },
      { metric: 'client-perspective-share', target: 1 },
    ],
  });
  return position;
}

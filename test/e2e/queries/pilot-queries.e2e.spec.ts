import request from 'supertest';
import { startTestApp, type TestApp } from '../../support/test-app';

const BODY_ID = 'c0a80101-0000-4000-8000-0000000000b1';
const PILOT_ID = 'c0a80101-0000-4000-8000-000000000001';
const UNKNOWN_ID = 'c0a80101-0000-4000-8000-00000000dead';
const CURRENT_PILOT_ID = 'c0a80101-0000-4000-8000-000000000002';
const AGENDA_ID = 'c0a80101-0000-4000-8000-00000000a9e1';
const SIGNAL_ID = 'c0a80101-0000-4000-8000-0000000005a1';

/** A date this many days from now: agenda items are dated by when they were added. */
const daysFromNow = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

interface Yardstick {
  metric: string;
  direction: string;
  value: number | null;
  target?: number;
  met?: boolean;
}

describe('evaluating a pilot', () => {
  let api: TestApp;
  let admin: string;
  let position: number;

  const get = (path: string, token: string) => request(api.http).get(`/api/v1${path}`).set('Authorization', token);
  const post = (path: string, token: string, body: object = {}) =>
    request(api.http).post(`/api/v1${path}`).set('Authorization', token).send(body);

  beforeAll(async () => {
    api = await startTestApp('pilot-queries');
    admin = await api.bearer('admin', ['GM0375']);
    const member = await api.bearer('body-member', ['GM0375']);
    await post('/municipalities', admin, { code: 'GM0375', name: 'Beverwijk' }).expect(201);
    await post('/participation-bodies', admin, {
      id: BODY_ID,
      name: 'Participatieraad IJmond',
      kind: 'participation-council',
      municipalityCodes: ['GM0375'],
      domains: ['wmo'],
    }).expect(201);
    await post('/pilots', admin, {
      id: PILOT_ID,
      name: 'Pilot participatieraad IJmond',
      bodyIds: [BODY_ID],
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
      criteria: [{ metric: 'signals-count', target: 2 }],
    }).expect(201);
    for (const [id, receivedOn] of [
      [SIGNAL_ID, '2026-11-02'],
      ['c0a80101-0000-4000-8000-0000000005a2', '2025-11-02'],
    ] as const) {
      const recorded = await post('/signals', member, {
        id,
        bodyId: BODY_ID,
        municipalityCode: 'GM0375',
        channel: 'meeting',
        receivedOn,
        themes: ['vervoer'],
        domain: 'wmo',
        summary: 'Het vervoer naar de dagbesteding komt vaak te laat.',
      }).expect(201);
      position = (recorded.body as { position: number }).position;
    }
  });
  afterAll(() => api.close());

  it('answers the yardsticks of its period against their targets', async () => {
    const response = await get(`/pilots/${PILOT_ID}/evaluation?minPosition=${position}`, admin).expect(200);
    const body = response.body as { total: Yardstick[]; perBody: { bodyId: string }[] };
    expect(response.body).toMatchObject({
      pilotId: PILOT_ID,
      name: 'Pilot participatieraad IJmond',
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
      perBody: [{ bodyId: BODY_ID }],
      perMunicipality: [{ municipalityCode: 'GM0375' }],
    });
    expect(body.total).toHaveLength(24);
    expect(body.total).toContainEqual({
      metric: 'signals-count',
      direction: 'higher-is-better',
      value: 1,
      target: 2,
      met: false,
    });
    expect(body.total).toContainEqual({
      metric: 'early-involvement-share',
      direction: 'higher-is-better',
      value: null,
    });
    expect(response.headers['api-version']).toBe('1.0.0');
  });

  it('exports the same as CSV', async () => {
    const response = await get(`/pilots/${PILOT_ID}/evaluation-export?minPosition=${position}`, admin).expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = response.text.split('\r\n');
    expect(lines[0]).toBe('scope,scopeId,metric,value,target,met,direction,topic,finding,recordedOn');
    expect(lines).toContain(`total,${PILOT_ID},signals-count,1,2,false,higher-is-better,,,`);
    expect(lines).toContain('municipality,GM0375,signals-count,1,2,false,higher-is-better,,,');
    expect(lines).toContain(`total,${PILOT_ID},response-days-median,,,,lower-is-better,,,`);
  });

  it('counts the agenda items that came from signals', async () => {
    const secretary = await api.bearer('secretary', ['GM0375']);
    await post('/pilots', admin, {
      id: CURRENT_PILOT_ID,
      name: 'Pilot rond vandaag',
      bodyIds: [BODY_ID],
      startsOn: daysFromNow(-365),
      endsOn: daysFromNow(365),
      criteria: [{ metric: 'agenda-items-from-signals-count', target: 2 }],
    }).expect(201);
    await post('/participation-agendas', secretary, { id: AGENDA_ID, bodyId: BODY_ID, year: 2026 }).expect(201);
    const items = `/participation-agendas/${AGENDA_ID}/items`;
    await post(items, secretary, { theme: 'Vervoer naar de dagbesteding', source: 'signal', signalIds: [SIGNAL_ID] });
    const added = await post(items, secretary, { theme: 'Inkoop jeugdhulp', source: 'municipality' }).expect(200);
    const at = (added.body as { position: number }).position;
    const response = await get(`/pilots/${CURRENT_PILOT_ID}/evaluation?minPosition=${at}`, admin).expect(200);
    const body = response.body as { total: Yardstick[]; perMunicipality: { yardsticks: Yardstick[] }[] };
    const expected = {
      metric: 'agenda-items-from-signals-count',
      direction: 'higher-is-better',
      value: 1,
      target: 2,
      met: false,
    };
    expect(body.total).toContainEqual(expected);
    expect(body.perMunicipality[0]?.yardsticks).toContainEqual(expected);
  });

  it("holds the alderman consultations to the municipality's regulation", async () => {
    const secretary = await api.bearer('secretary', ['GM0375']);
    await post('/municipalities/GM0375/regulation', admin, { aldermanConsultationsPerYear: 3 }).expect(200);
    const consultations = `/participation-bodies/${BODY_ID}/consultations`;
    await post(consultations, secretary, { heldOn: daysFromNow(-30), with: 'alderman', topics: ['Vervoer'] });
    const held = await post(consultations, secretary, {
      heldOn: daysFromNow(-20),
      with: 'programme-manager',
      topics: ['Inkoop'],
    }).expect(200);
    const at = (held.body as { position: number }).position;
    const response = await get(`/pilots/${CURRENT_PILOT_ID}/evaluation?minPosition=${at}`, admin).expect(200);
    expect((response.body as { total: Yardstick[] }).total).toContainEqual({
      metric: 'alderman-consultations-per-year',
      direction: 'higher-is-better',
      value: 1,
      target: 3,
      met: false,
    });
  });

  it("answers the evaluators' findings beside the yardsticks", async () => {
    const evaluator = await api.bearer('evaluator', ['GM0375']);
    const recorded = await post(`/pilots/${PILOT_ID}/findings`, evaluator, {
      topic: 'collaboration-college',
      finding: 'Het college vraagt advies nu vóór de beleidsnota er ligt.',
      recordedOn: '2026-11-20',
    }).expect(200);
    const at = (recorded.body as { position: number }).position;
    const response = await get(`/pilots/${PILOT_ID}/evaluation?minPosition=${at}`, evaluator).expect(200);
    expect((response.body as { findings: unknown[] }).findings).toEqual([
      {
        findingId: expect.any(String) as string,
        topic: 'collaboration-college',
        finding: 'Het college vraagt advies nu vóór de beleidsnota er ligt.',
        recordedOn: '2026-11-20',
      },
    ]);
  });

  it('refuses a caller outside the bodies’ municipalities', async () => {
    const elsewhere = await api.bearer('evaluator', ['GM0453']);
    await get(`/pilots/${PILOT_ID}/evaluation`, elsewhere).expect(403);
    await get(`/pilots/${PILOT_ID}/evaluation-export`, elsewhere).expect(403);
  });

  it('answers 404 for an unknown pilot and 400 for a bad minPosition', async () => {
    await get(`/pilots/${UNKNOWN_ID}/evaluation`, admin).expect(404);
    await get(`/pilots/${UNKNOWN_ID}/evaluation-export`, admin).expect(404);
    await get(`/pilots/${PILOT_ID}/evaluation?minPosition=soon`, admin).expect(400);
  });
});

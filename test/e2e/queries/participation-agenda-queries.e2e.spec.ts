import { IJMOND_BODY_ID, seedIjmond } from '../../support/ijmond';
import { ownWrites } from '../../support/own-writes';
import { startTestApp, type TestApp } from '../../support/test-app';

const VELSEN_BODY_ID = 'c0a80101-0000-4000-8000-0000000000b2';
const AGENDA_ID = 'c0a80101-0000-4000-8000-00000000a9e1';
const OLD_AGENDA_ID = 'c0a80101-0000-4000-8000-00000000a9e0';
const VELSEN_AGENDA_ID = 'c0a80101-0000-4000-8000-00000000a9e2';
const UNKNOWN_ID = 'c0a80101-0000-4000-8000-00000000dead';
const S1 = 'c0a80101-0000-4000-8000-0000000005a1';
const S2 = 'c0a80101-0000-4000-8000-0000000005a2';
const S3 = 'c0a80101-0000-4000-8000-0000000005a3';
const CLUSTER = 'c0a80101-0000-4000-8000-0000000005c1';
const TABLE = 'c0a80101-0000-4000-8000-0000000007a1';
const TRAJECTORY = 'c0a80101-0000-4000-8000-0000000009a1';
const SUMMARY = 'Mevrouw Zonneveld wacht al maanden op de taxi naar de dagbesteding.';
const REPORTER = 'Wilhelmina Zonneveld';

interface Item {
  itemId: string;
  signals: { signalId: string; clusterId?: string }[];
  clusters: { clusterId: string; title: string }[];
  trajectories: { trajectoryId: string }[];
  tables: { tableId: string }[];
}

describe('the participation agenda queries', () => {
  let api: TestApp;
  let secretary: string;
  let official: string;
  let elsewhere: string;

  const { get, post } = ownWrites(() => api);
  /** One side agrees the agenda as it stands. */
  const agree = (side: 'body' | 'municipality'): Promise<void> =>
    post(`/participation-agendas/${AGENDA_ID}/_agree`, side === 'body' ? secretary : official, {});
  const signal = (id: string, municipalityCode: string) => ({
    id,
    bodyId: IJMOND_BODY_ID,
    municipalityCode,
    channel: 'meeting',
    receivedOn: '2026-02-03',
    themes: ['vervoer'],
    domain: 'wmo',
    summary: SUMMARY,
    reporter: { name: REPORTER },
  });

  beforeAll(async () => {
    api = await startTestApp('participation-agenda-queries');
    await seedIjmond(api, ['GM0375', 'GM0396']);
    const admin = await api.bearer('admin', ['GM0453'], 'admin-velsen');
    const member = await api.bearer('body-member', ['GM0375', 'GM0396'], 'member-1');
    secretary = await api.bearer('secretary', ['GM0375', 'GM0396'], 'secretary-1');
    official = await api.bearer('official', ['GM0375'], 'official-1');
    elsewhere = await api.bearer('official', ['GM0453'], 'official-velsen');
    await post('/municipalities', admin, { code: 'GM0453', name: 'Velsen' });
    const velsenBody = { name: 'Adviesraad Velsen', kind: 'advisory-council', domains: ['wmo'] };
    await post('/participation-bodies', admin, { id: VELSEN_BODY_ID, ...velsenBody, municipalityCodes: ['GM0453'] });
    await post('/participation-agendas', admin, { id: VELSEN_AGENDA_ID, bodyId: VELSEN_BODY_ID, year: 2026 });

    for (const [id, code] of [
      [S1, 'GM0375'],
      [S2, 'GM0396'],
      [S3, 'GM0396'],
    ] as const) {
      await post('/signals', member, signal(id, code));
      await post(`/signals/${id}/_assess`, member, { scope: 'collective', rationale: 'In meer kernen gehoord.' });
    }
    await post('/signal-clusters', member, { id: CLUSTER, signalIds: [S2, S3], title: 'Taxi komt te laat' });
    await post('/temporary-tables', member, {
      id: TABLE,
      municipalityCode: 'GM0375',
      bodyId: IJMOND_BODY_ID,
      theme: 'Vervoer aan tafel',
      question: 'Hoe komt iedereen op tijd?',
      initiatedBy: 'joint',
      form: 'theme-table',
      expectedGroups: ['client'],
    });
    await post('/advice-trajectories', official, {
      id: TRAJECTORY,
      municipalityCode: 'GM0375',
      bodyId: IJMOND_BODY_ID,
      kind: 'solicited',
      subject: 'Doelgroepenvervoer 2027',
      question: 'Hoe maken we het vervoer betrouwbaar?',
      domain: 'wmo',
      policyPhase: 'preparation',
    });
    await post(`/advice-trajectories/${TRAJECTORY}/linked-signals`, official, { signalId: S1 });
    await post(`/advice-trajectories/${TRAJECTORY}/linked-tables`, official, { tableId: TABLE });

    await post('/participation-agendas', secretary, { id: OLD_AGENDA_ID, bodyId: IJMOND_BODY_ID, year: 2025 });
    await post('/participation-agendas', secretary, { id: AGENDA_ID, bodyId: IJMOND_BODY_ID, year: 2026 });
    const items = `/participation-agendas/${AGENDA_ID}/items`;
    await post(items, secretary, { theme: 'Vervoer', source: 'signal', signalIds: [S1, CLUSTER] });
    await post(items, official, { theme: 'Inkoop jeugdhulp', source: 'municipality' });
    await agree('body');
  });
  afterAll(() => api.close());

  describe('ListParticipationAgendas', () => {
    it("lists the agendas of your municipalities' bodies, latest year first, a page at a time", async () => {
      const response = await get('/participation-agendas?limit=1', official).expect(200);
      expect(response.body).toMatchObject({
        total: 2,
        limit: 1,
        items: [{ id: AGENDA_ID, bodyId: IJMOND_BODY_ID, year: 2026, itemCount: 2, agreed: false }],
      });
      const older = await get(`/participation-agendas?bodyId=${IJMOND_BODY_ID}&year=2025`, official).expect(200);
      expect(older.body).toMatchObject({ total: 1, items: [{ id: OLD_AGENDA_ID }] });
    });

    it('lists every agenda to the public', async () => {
      const response = await get('/participation-agendas?year=2026').expect(200);
      expect(response.body).toMatchObject({ total: 2 });
    });

    it("refuses another municipality's body, and lists none of its agendas", async () => {
      await get(`/participation-agendas?bodyId=${IJMOND_BODY_ID}`, elsewhere).expect(403);
      const own = await get('/participation-agendas', elsewhere).expect(200);
      expect(own.body).toMatchObject({ total: 1, items: [{ id: VELSEN_AGENDA_ID }] });
    });
  });

  describe('GetParticipationAgenda', () => {
    it('shows each item with its signals, its cluster, the advice resting on them and their tables', async () => {
      const response = await get(`/participation-agendas/${AGENDA_ID}`, secretary).expect(200);
      const [fromSignals, official] = (response.body as { items: (Item & { addedBy: string })[] }).items;
      expect(fromSignals?.signals).toEqual([
        expect.objectContaining({ signalId: S1, municipalityCode: 'GM0375', scope: 'collective' }),
        expect.objectContaining({ signalId: S2, clusterId: CLUSTER }),
        expect.objectContaining({ signalId: S3, clusterId: CLUSTER }),
      ]);
      expect(fromSignals?.clusters).toEqual([{ clusterId: CLUSTER, title: 'Taxi komt te laat' }]);
      expect(fromSignals?.trajectories).toEqual([expect.objectContaining({ trajectoryId: TRAJECTORY })]);
      expect(fromSignals?.tables).toEqual([expect.objectContaining({ tableId: TABLE, theme: 'Vervoer aan tafel' })]);
      expect(official).toMatchObject({ source: 'municipality', addedBy: 'municipality', signals: [] });
    });

    it('says which sides agreed and when, and agreed once both have', async () => {
      const before = await get(`/participation-agendas/${AGENDA_ID}`, official).expect(200);
      expect(before.body).toMatchObject({ agreed: false, agreements: [{ side: 'body' }] });
      await agree('municipality');
      const after = await get(`/participation-agendas/${AGENDA_ID}`, official).expect(200);
      expect(after.body).toMatchObject({
        agreed: true,
        agreements: [
          { side: 'body', agreedAt: expect.any(String) },
          { side: 'municipality', agreedAt: expect.any(String) },
        ],
      });
    });

    it("links a reader to no neighbour's signals", async () => {
      const response = await get(`/participation-agendas/${AGENDA_ID}`, official).expect(200);
      const [item] = (response.body as { items: Item[] }).items;
      expect(item?.signals.map((s) => s.signalId)).toEqual([S1]);
      expect(item?.clusters).toEqual([]);
    });

    it('shows the public no summary and no reporter', async () => {
      const response = await get(`/participation-agendas/${AGENDA_ID}`).expect(200);
      expect(response.text).not.toContain(SUMMARY);
      expect(response.text).not.toContain(REPORTER);
      expect(response.text).not.toContain('personId');
    });

    it('refuses another municipality and answers 404 for an unknown agenda', async () => {
      await get(`/participation-agendas/${AGENDA_ID}`, elsewhere).expect(403);
      await get(`/participation-agendas/${UNKNOWN_ID}`).expect(404);
    });
  });
});

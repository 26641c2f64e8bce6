import { seededReadModels, type SeededReadModels } from '../queries/read-models.fixtures';
import type { AgendaRegisterDoc } from './agenda-register.projection';
import { findAgenda, linkAgenda, listAgendas } from './agenda-register.queries';

const agenda = (agendaId: string, bodyId: string, year: number): AgendaRegisterDoc => ({
  agendaId,
  bodyId,
  year,
  draftedAt: `${year}-01-05T09:00:00.000Z`,
  items: [
    {
      itemId: 'i-1',
      theme: 'Vervoer',
      source: 'signal',
      signalIds: ['s-1', 'cluster-1'],
      addedAt: 'x',
      addedBy: 'body',
    },
    { itemId: 'i-2', theme: 'Inkoop', source: 'municipality', signalIds: [], addedAt: 'x', addedBy: 'municipality' },
  ],
  agreements: [{ side: 'body', agreedAt: '2026-02-01T09:00:00.000Z' }],
});
const signal = (signalId: string, municipalityCode: string, clusters: string[] = []) => ({
  signalId,
  bodyId: 'b1',
  municipalityCode,
  channel: 'meeting',
  receivedOn: '2026-01-10',
  themes: ['vervoer'],
  domain: 'wmo',
  targetGroups: [],
  summary: { personId: signalId, ciphertext: 'sealed' },
  status: 'assessed',
  scope: 'collective',
  clusters: clusters.map((clusterId) => ({ clusterId, title: 'Taxi komt te laat' })),
  recordedAt: '2026-01-10T09:00:00.000Z',
});

describe('the agenda register queries', () => {
  let db: SeededReadModels;
  const page = { offset: 0, limit: 50 };
  beforeAll(async () => {
    db = await seededReadModels('agenda-queries');
    await db.seed('agenda-register', {
      a1: agenda('a1', 'b1', 2026),
      a0: agenda('a0', 'b1', 2025),
      a2: agenda('a2', 'b2', 2026),
    });
    await db.seed('signal-register', {
      's-1': signal('s-1', 'GM0375'),
      's-2': signal('s-2', 'GM0396', ['cluster-1']),
      's-3': signal('s-3', 'GM0375'),
    });
    await db.seed('advice-register', {
      t1: {
        trajectoryId: 't1',
        municipalityCode: 'GM0396',
        addressedTo: ['GM0396'],
        subject: 'Vervoer',
        status: 'advised',
        signalIds: ['cluster-1'],
        tableIds: ['tt1'],
        startedAt: 'x',
      },
      t2: {
        trajectoryId: 't2',
        municipalityCode: 'GM0375',
        addressedTo: ['GM0375'],
        subject: 'Anders',
        status: 'started',
        signalIds: ['s-3'],
        tableIds: [],
        startedAt: 'x',
      },
    });
    await db.seed('table-register', {
      tt1: { tableId: 'tt1', municipalityCode: 'GM0396', theme: 'Vervoer aan tafel', status: 'closed' },
    });
  });
  afterAll(() => db.close());

  it('lists the agendas of the bodies asked for, by year, latest first', async () => {
    const mine = await listAgendas(db.readModels, { bodyIds: ['b1'], page });
    expect(mine.items.map((a) => a.agendaId)).toEqual(['a1', 'a0']);
    const of2026 = await listAgendas(db.readModels, { bodyIds: undefined, year: 2026, page });
    expect(of2026).toMatchObject({ total: 2 });
  });

  it("links each item to its signals, its cluster's signals, the trajectories resting on them and their tables", async () => {
    const found = await findAgenda(db.readModels, 'a1', undefined);
    if (!found) throw new Error('seeded agenda missing');
    const linked = await linkAgenda(db.readModels, found, undefined);
    const [item] = linked.items;
    expect(linked.agreed).toBe(false);
    expect(item?.clusters).toEqual([{ clusterId: 'cluster-1', title: 'Taxi komt te laat' }]);
    expect(item?.signals.map((s) => [s.signalId, s.clusterId])).toEqual([
      ['s-1', undefined],
      ['s-2', 'cluster-1'],
    ]);
    expect(item?.trajectories.map((t) => t.trajectoryId)).toEqual(['t1']);
    expect(item?.tables).toEqual([
      { tableId: 'tt1', municipalityCode: 'GM0396', theme: 'Vervoer aan tafel', status: 'closed' },
    ]);
    expect(linked.items[1]).toMatchObject({ signals: [], trajectories: [], tables: [] });
  });

  it("links no neighbour's records for a reader of one municipality", async () => {
    const found = await findAgenda(db.readModels, 'a1', undefined);
    if (!found) throw new Error('seeded agenda missing');
    const [item] = (await linkAgenda(db.readModels, found, ['GM0375'])).items;
    expect(item?.signals.map((s) => s.signalId)).toEqual(['s-1']);
    expect(item?.trajectories).toEqual([]);
    expect(item?.tables).toEqual([]);
  });
});

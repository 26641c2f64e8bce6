import { seededReadModels, type SeededReadModels } from '../queries/read-models.fixtures';
import type { BodyRegisterDoc } from './body-register.doc';
import { bodyIdsServing, consultationsOf, findBodies, findBody, listBodies } from './body-register.queries';

const body = (bodyId: string, name: string, municipalityCodes: string[]): BodyRegisterDoc => ({
  bodyId,
  name,
  kind: 'participation-council',
  municipalityCodes,
  domains: ['wmo'],
  establishedAt: '2025-03-01T09:00:00.000Z',
  members: [],
  consultations: [
    { consultationId: 'c-1', heldOn: '2025-04-01', with: 'alderman', topics: ['jaaragenda'] },
    { consultationId: 'c-2', heldOn: '2025-10-01', with: 'alderman', topics: ['inkoop'] },
  ],
  selfEvaluations: [],
});

describe('the body register queries', () => {
  let db: SeededReadModels;
  const page = { offset: 0, limit: 50 };
  beforeAll(async () => {
    db = await seededReadModels('body-queries');
    await db.seed('body-register', {
      b1: body('b1', 'Participatieraad IJmond', ['GM0375', 'GM0396']),
      b2: body('b2', 'Adviesraad Velsen', ['GM0453']),
    });
    await db.seed('municipality-register', {
      GM0375: { municipalityCode: 'GM0375', name: 'Beverwijk', bodies: [] },
      GM0396: {
        municipalityCode: 'GM0396',
        name: 'Heemskerk',
        bodies: [],
        regulation: {
          responseTermDays: 42,
          adviceTermDays: 42,
          aldermanConsultationsPerYear: 3,
          programmeManagerConsultationEveryMonths: 2,
        },
      },
    });
  });
  afterAll(() => db.close());

  it('lists the bodies serving the municipalities asked for, and every one for the public, by name', async () => {
    const mine = await listBodies(db.readModels, { municipalities: ['GM0396'], page });
    const all = await listBodies(db.readModels, { municipalities: undefined, page: { offset: 1, limit: 1 } });
    expect(mine.items.map((b) => b.bodyId)).toEqual(['b1']);
    expect(all).toMatchObject({ total: 2, offset: 1, limit: 1, items: [{ bodyId: 'b1' }] });
    expect(await bodyIdsServing(db.readModels, ['GM0453', 'GM0375'])).toEqual(['b1', 'b2']);
  });

  it('finds one body, or none', async () => {
    expect(await findBody(db.readModels, 'b2', undefined)).toMatchObject({ name: 'Adviesraad Velsen' });
    expect(await findBody(db.readModels, 'none', undefined)).toBeNull();
    expect((await findBodies(db.readModels, ['b2', 'none'])).map((b) => b.bodyId)).toEqual(['b2']);
    expect(await findBodies(db.readModels, [])).toEqual([]);
  });

  it('judges consultations against the strictest regulation of the municipalities served', async () => {
    const ijmond = await findBody(db.readModels, 'b1', undefined);
    const velsen = await findBody(db.readModels, 'b2', undefined);
    if (!ijmond || !velsen) throw new Error('seeded bodies missing');
    const regional = await consultationsOf(db.readModels, ijmond, { today: '2026-02-01', page });
    const single = await consultationsOf(db.readModels, velsen, { today: '2026-02-01', page });
    expect(regional.norm.aldermanConsultationsPerYear).toBe(3);
    expect(single.norm.aldermanConsultationsPerYear).toBe(2);
    expect(regional.years.items.map((y) => [y.year, y.alderman.met])).toEqual([
      [2026, null],
      [2025, false],
    ]);
    expect(single.years.items[1]?.alderman).toEqual({ count: 2, norm: 2, met: true });
  });

  it('waits for a position the register has not applied, then gives up', async () => {
    await expect(findBody(db.readModels, 'b1', 1_000n)).rejects.toThrow(/not yet caught up/);
  });
});

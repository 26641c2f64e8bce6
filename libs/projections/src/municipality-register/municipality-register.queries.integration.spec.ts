import { seededReadModels, type SeededReadModels } from '../queries/read-models.fixtures';
import { listMunicipalities } from './municipality-register.queries';

describe('the municipality register query', () => {
  let db: SeededReadModels;
  beforeAll(async () => {
    db = await seededReadModels('municipality-queries');
    await db.seed('municipality-register', {
      GM0396: { municipalityCode: 'GM0396', name: 'Heemskerk', bodies: [] },
      GM0375: { municipalityCode: 'GM0375', name: 'Beverwijk', bodies: [] },
    });
  });
  afterAll(() => db.close());

  it('lists the municipalities asked for by code, and every one for the public', async () => {
    const page = { offset: 0, limit: 50 };
    const mine = await listMunicipalities(db.readModels, { municipalities: ['GM0396'], page });
    const all = await listMunicipalities(db.readModels, { municipalities: undefined, page });
    expect(mine.items.map((m) => m.name)).toEqual(['Heemskerk']);
    expect(all.items.map((m) => m.municipalityCode)).toEqual(['GM0375', 'GM0396']);
    expect(all).toMatchObject({ total: 2, offset: 0, limit: 50 });
  });
});

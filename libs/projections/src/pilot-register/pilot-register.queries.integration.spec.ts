import { seededReadModels, type SeededReadModels } from '../queries/read-models.fixtures';
import type { PilotRegisterDoc } from './pilot-register.projection';
import { listPilots } from './pilot-register.queries';

const pilot = (pilotId: string, bodyIds: string[], startsOn: string): PilotRegisterDoc => ({
  pilotId,
  name: `Pilot ${pilotId}`,
  bodyIds,
  startsOn,
  endsOn: '2027-12-31',
  criteria: [],
  findings: [
    { findingId: 'f-1', topic: 'structure', finding: 'De schil groeit.', recordedOn: '2027-01-02', recordedAt: 'x' },
  ],
  startedAt: '2026-01-01T00:00:00.000Z',
});

describe('the pilot register queries', () => {
  let db: SeededReadModels;
  const page = { offset: 0, limit: 50 };
  beforeAll(async () => {
    db = await seededReadModels('pilot-queries');
    await db.seed('pilot-register', {
      p1: pilot('p1', ['b1'], '2025-01-01'),
      p2: pilot('p2', ['b1', 'b2'], '2026-01-01'),
      p3: pilot('p3', ['b3'], '2026-06-01'),
    });
  });
  afterAll(() => db.close());

  it('lists the pilots of the bodies asked for, latest start first', async () => {
    const found = await listPilots(db.readModels, { bodyIds: ['b1'], page });
    expect(found).toMatchObject({ total: 2, items: [{ pilotId: 'p2' }, { pilotId: 'p1' }] });
    const all = await listPilots(db.readModels, { bodyIds: undefined, page: { offset: 0, limit: 1 } });
    expect(all).toMatchObject({ total: 3, items: [{ pilotId: 'p3' }] });
  });
});

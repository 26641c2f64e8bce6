import { Pool } from 'pg';
import { createTestDatabase } from '#testing';
import { migratePrivacy } from '../migrate-privacy';
import { PersonalDataAccessLog } from './personal-data-access-log';

const ANNA = 'c0a80101-0000-4000-8000-0000000000a1';
const BRAM = 'c0a80101-0000-4000-8000-0000000000b2';

const shown = (overrides: Partial<Parameters<PersonalDataAccessLog['record']>[0]> = {}) => ({
  accessedAt: '2026-12-07T09:00:00.000Z',
  actor: { id: 'secretary-1', role: 'secretary' },
  personIds: [ANNA],
  operationId: 'GetSignal',
  resource: '/api/v1/signals/c0a80101-0000-4000-8000-0000000005a1',
  municipalityCodes: ['GM0375'],
  ...overrides,
});

describe('the personal data access log', () => {
  let pool: Pool;
  let log: PersonalDataAccessLog;

  beforeAll(async () => {
    const url = await createTestDatabase('personal-data-access');
    await migratePrivacy(url);
    pool = new Pool({ connectionString: url });
    log = new PersonalDataAccessLog(pool);
    await log.record(shown({ correlationId: 'req-1' }));
    await log.record(
      shown({
        accessedAt: '2026-12-07T09:05:00.000Z',
        actor: { id: 'member-1', role: 'body-member' },
        personIds: [ANNA, BRAM, ANNA],
        operationId: 'ListSignals',
        resource: '/api/v1/signals',
      }),
    );
    await log.record(shown({ actor: { id: 'admin-velsen', role: 'admin' }, municipalityCodes: ['GM0453'] }));
  });
  afterAll(() => pool.end());

  it("answers who was shown a person's data, newest first, with role, time and what they asked", async () => {
    const page = await log.list({ personId: ANNA, municipalities: ['GM0375'], offset: 0, limit: 50 });
    expect(page).toEqual({
      items: [
        {
          accessedAt: '2026-12-07T09:05:00.000Z',
          actor: { id: 'member-1', role: 'body-member' },
          personId: ANNA,
          operationId: 'ListSignals',
          resource: '/api/v1/signals',
          municipalityCodes: ['GM0375'],
        },
        {
          accessedAt: '2026-12-07T09:00:00.000Z',
          actor: { id: 'secretary-1', role: 'secretary' },
          personId: ANNA,
          operationId: 'GetSignal',
          resource: '/api/v1/signals/c0a80101-0000-4000-8000-0000000005a1',
          municipalityCodes: ['GM0375'],
          correlationId: 'req-1',
        },
      ],
      total: 2,
      offset: 0,
      limit: 50,
    });
  });

  it("shows only the accesses to the asking municipalities' records", async () => {
    const velsen = await log.list({ personId: ANNA, municipalities: ['GM0453'], offset: 0, limit: 50 });
    expect(velsen.items.map((access) => access.actor.id)).toEqual(['admin-velsen']);
    expect((await log.list({ municipalities: ['GM0396'], offset: 0, limit: 50 })).total).toBe(0);
  });

  it('lists every person when no person is named, and pages', async () => {
    const all = await log.list({ municipalities: ['GM0375'], offset: 0, limit: 2 });
    expect(all.total).toBe(3);
    expect(all.items.map((access) => access.personId)).toEqual([BRAM, ANNA]);
    const beyond = await log.list({ municipalities: ['GM0375'], offset: 10, limit: 2 });
    expect(beyond).toEqual({ items: [], total: 3, offset: 10, limit: 2 });
  });

  it('refuses to change, delete or empty what it recorded', async () => {
    await expect(pool.query("UPDATE personal_data_access SET actor_id = 'someone-else'")).rejects.toThrow(
      /append-only: UPDATE refused/,
    );
    await expect(pool.query('DELETE FROM personal_data_access')).rejects.toThrow(/append-only: DELETE refused/);
    await expect(pool.query('TRUNCATE personal_data_access')).rejects.toThrow(/append-only: TRUNCATE refused/);
    expect((await log.list({ municipalities: ['GM0375', 'GM0453'], offset: 0, limit: 50 })).total).toBe(4);
  });
});

import { seededReadModels, type SeededReadModels } from '../queries/read-models.fixtures';
import type { TableRegisterDoc } from './table-register.doc';
import { findTable, listTables } from './table-register.queries';

const table = (id: string, municipalityCode: string, status: string, openedAt: string) => ({
  tableId: id,
  municipalityCode,
  status,
  openedAt,
});

describe('the table register queries', () => {
  let db: SeededReadModels;
  beforeAll(async () => {
    db = await seededReadModels('table-queries');
    await db.seed('table-register', {
      first: table('first', 'GM0375', 'closed', '2026-09-01T10:00:00.000Z'),
      second: table('second', 'GM0375', 'open', '2026-10-01T10:00:00.000Z'),
      elsewhere: table('elsewhere', 'GM0396', 'open', '2026-11-01T10:00:00.000Z'),
    });
  });
  afterAll(() => db.close());

  const ids = (docs: readonly TableRegisterDoc[]): string[] => docs.map((doc) => doc.tableId);

  it('lists the tables of the municipalities asked for, most recently opened first', async () => {
    const page = await listTables(db.readModels, { municipalities: ['GM0375'], page: { offset: 0, limit: 50 } });
    expect(ids(page.items)).toEqual(['second', 'first']);
    expect(page.total).toBe(2);
  });

  it('filters by status and pages', async () => {
    const request = { municipalities: ['GM0375', 'GM0396'], status: 'open' as const, page: { offset: 1, limit: 1 } };
    const page = await listTables(db.readModels, request);
    expect(page).toMatchObject({ total: 2, offset: 1, limit: 1 });
    expect(ids(page.items)).toEqual(['second']);
  });

  it('finds one table, or nothing for an unknown id', async () => {
    await expect(findTable(db.readModels, 'first', undefined)).resolves.toMatchObject({ status: 'closed' });
    await expect(findTable(db.readModels, 'unknown', undefined)).resolves.toBeNull();
  });
});

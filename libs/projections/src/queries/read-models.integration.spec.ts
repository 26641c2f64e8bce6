import { seededReadModels, type SeededReadModels } from './read-models.fixtures';

interface Row {
  readonly status: string;
}

describe('scanning a read model by key', () => {
  let db: SeededReadModels;
  beforeAll(async () => {
    db = await seededReadModels('read-models-scan');
    await db.seed('scanned', {
      c: { status: 'open' },
      a: { status: 'open' },
      e: { status: 'closed' },
      b: { status: 'closed' },
      d: { status: 'open' },
    });
    await db.seed('elsewhere', { a0: { status: 'open' }, bb: { status: 'open' } });
  });
  afterAll(() => db.close());

  /** Every page from the first, each after the last id of the one before, until a short page. */
  async function pagesOf(limit: number, where?: Parameters<SeededReadModels['readModels']['scan']>[3]) {
    const pages: string[][] = [];
    for (let after = ''; ;) {
      const rows = await db.readModels.scan<Row>('scanned', after, limit, where);
      pages.push(rows.map((row) => row.id));
      const last = rows.at(-1);
      if (last === undefined || rows.length < limit) return pages;
      after = last.id;
    }
  }

  it('reads the rows of one projection in id order, a page after the key it is given', async () => {
    expect(await pagesOf(2)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(await db.readModels.scan<Row>('scanned', 'b', 2)).toEqual([
      { id: 'c', doc: { status: 'open' } },
      { id: 'd', doc: { status: 'open' } },
    ]);
  });

  it('ends with an empty page when the last page was full', async () => {
    expect(await pagesOf(5)).toEqual([['a', 'b', 'c', 'd', 'e'], []]);
  });

  it('keeps only the rows that meet its conditions, paging over those', async () => {
    const open = [[`r.doc->>'status' <> ALL(?::text[])`, ['closed']]] as const;
    expect(await pagesOf(2, open)).toEqual([['a', 'c'], ['d']]);
  });
});

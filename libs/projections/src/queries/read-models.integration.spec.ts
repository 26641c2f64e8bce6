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

describe('reading a row with the rows it links', () => {
  let db: SeededReadModels;
  const links = [
    { field: 'signalIds', projection: 'signals' },
    { field: 'tableIds', projection: 'tables' },
  ];
  beforeAll(async () => {
    db = await seededReadModels('read-models-linked');
    await db.seed('advice', {
      t1: { signalIds: ['s1', 's3', 'gone'], tableIds: ['x1'] },
      t2: { signalIds: [], tableIds: [] },
      t3: { subject: 'no links recorded' },
    });
    await db.seed('signals', { s1: { n: 1 }, s2: { n: 2 }, s3: { n: 3 } });
    // The same id in another model is not a linked row.
    await db.seed('tables', { x1: { n: 'table' }, s1: { n: 'not a signal' } });
  });
  afterAll(() => db.close());

  it('answers the row and, per link, the linked rows that exist, by id', async () => {
    const found = await db.readModels.getLinked('advice', 't1', links);
    expect(found?.doc).toEqual({ signalIds: ['s1', 's3', 'gone'], tableIds: ['x1'] });
    expect(found?.linked.map((rows) => Object.fromEntries(rows))).toEqual([
      { s1: { n: 1 }, s3: { n: 3 } },
      { x1: { n: 'table' } },
    ]);
  });

  it('answers empty maps for a row that links nothing, or lacks the field', async () => {
    for (const id of ['t2', 't3']) {
      expect((await db.readModels.getLinked('advice', id, links))?.linked.map((rows) => rows.size)).toEqual([0, 0]);
    }
  });

  it('answers null when there is no such row, and leaves out a linked row dropped since', async () => {
    expect(await db.readModels.getLinked('advice', 'none', links)).toBeNull();
    expect(await db.readModels.getLinked('signals', 't1', links)).toBeNull();
    await db.drop('signals', ['s3']);
    const found = await db.readModels.getLinked('advice', 't1', links);
    expect([...(found?.linked[0]?.keys() ?? [])]).toEqual(['s1']);
  });
});

describe('listing a whole read model', () => {
  let db: SeededReadModels;
  const page = { orderBy: 'r.id', offset: 0, limit: 10 };
  const ids = async (projection: string): Promise<{ ids: string[]; total: number }> => {
    const { items, total } = await db.readModels.list<{ id: string }>(projection, page);
    return { ids: items.map((doc) => doc.id), total };
  };
  beforeAll(async () => {
    db = await seededReadModels('read-models-list');
    await db.seed('listed', { b: { id: 'b' }, a: { id: 'a' } });
    await db.seed('other-model', { c: { id: 'c' } });
    await db.seed('Odd_Name', { d: { id: 'd' } });
  });
  afterAll(() => db.close());

  it('answers every row of the model it names, in order, with the count', async () => {
    expect(await ids('listed')).toEqual({ ids: ['a', 'b'], total: 2 });
    expect(await ids('other-model')).toEqual({ ids: ['c'], total: 1 });
    // A name unfit for a statement's text is bound as a value instead, with the same answer.
    expect(await ids('Odd_Name')).toEqual({ ids: ['d'], total: 1 });
  });

  it('answers rows written or dropped since it was first asked, however often it was asked', async () => {
    // More than PostgreSQL's five custom plans: the statement then runs on its generic plan.
    for (let i = 0; i < 7; i += 1) expect((await ids('listed')).total).toBe(2);
    await db.seed('listed', { c: { id: 'c' } });
    expect(await ids('listed')).toEqual({ ids: ['a', 'b', 'c'], total: 3 });
    await db.drop('listed', ['a']);
    expect(await ids('listed')).toEqual({ ids: ['b', 'c'], total: 2 });
    expect(await ids('other-model')).toEqual({ ids: ['c'], total: 1 });
  });
});

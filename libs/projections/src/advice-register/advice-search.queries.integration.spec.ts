import { seededReadModels, type SeededReadModels } from '../queries/read-models.fixtures';
import { adviceDoc } from './advice-register.fixtures';
import type { AdviceRegisterDoc } from './advice-register.doc';
import { adviceSearchQuery, listAdvice } from './advice-register.queries';

const TODAY = '2026-11-23';
const PAGE = { offset: 0, limit: 50 };
/** Enough rows that the planner reads the page's documents by key rather than the register through. */
const OTHER_ADVICE = 20_000;

const advice = (id: string, fields: Partial<AdviceRegisterDoc>): AdviceRegisterDoc =>
  adviceDoc(id, { addressedTo: ['GM0375'], responses: [], ...fields });

const issued = (summary: string, recommendation: string) => ({
  version: 1,
  issuedOn: '2026-09-15',
  summary,
  clientPerspective: 'Cliënten willen gehoord worden.',
  adviceKind: 'content' as const,
  recommendations: [{ number: 1, text: recommendation }],
});

const ROWS = {
  bySubject: advice('bySubject', { subject: 'Ondersteuning van mantelzorgers' }),
  byQuestion: advice('byQuestion', { question: 'Hoe bereiken we jongeren met schulden?' }),
  bySummary: advice('bySummary', {
    status: 'advised',
    advice: issued('De wijkteams moeten beter bereikbaar zijn.', 'Open een inloopspreekuur.'),
  }),
  byRecommendation: advice('byRecommendation', {
    status: 'advised',
    advice: issued('Een nieuwe aanpak.', 'Zorg voor respijtzorg voor mantelzorgers in elke kern.'),
  }),
  velsen: advice('velsen', { municipalityCode: 'GM0453', addressedTo: ['GM0453'], subject: 'Mantelzorgers in Velsen' }),
};

describe('searching the advice register', () => {
  let db: SeededReadModels;
  beforeAll(async () => {
    db = await seededReadModels('advice-search');
    const others = Object.fromEntries(
      Array.from({ length: OTHER_ADVICE }, (_, n) => [
        `other-${n}`,
        advice(`other-${n}`, { subject: `Verordening participatiewet, deel ${n}`, domain: 'participation-act' }),
      ]),
    );
    await db.seed('advice-register', { ...ROWS, ...others }, 10n);
    await db.analyze();
  });
  afterAll(() => db.close());

  const search = async (q: string, municipalities?: readonly string[]) => {
    const page = await listAdvice(db.readModels, { municipalities, q, today: TODAY, page: PAGE });
    return page.items.map((doc) => doc.trajectoryId).sort();
  };

  it('finds advice by the Dutch stem of a word in its subject, question, summary or recommendations', async () => {
    expect(await search('mantelzorger', ['GM0375'])).toEqual(['byRecommendation', 'bySubject']);
    expect(await search('jongere')).toEqual(['byQuestion']);
    expect(await search('wijkteam')).toEqual(['bySummary']);
    expect(await search('inloopspreekuur')).toEqual(['bySummary']);
  });

  it('reads the search as a web search: phrases, and words left out', async () => {
    expect(await search('mantelzorgers -respijtzorg', ['GM0375'])).toEqual(['bySubject']);
    expect(await search('"respijtzorg voor mantelzorgers"')).toEqual(['byRecommendation']);
  });

  it('keeps to the municipalities asked for', async () => {
    expect(await search('mantelzorgers')).toEqual(['byRecommendation', 'bySubject', 'velsen']);
    expect(await search('mantelzorgers', ['GM0453'])).toEqual(['velsen']);
  });

  const planOf = (q: string) =>
    db.readModels
      .explain(adviceSearchQuery({ municipalities: ['GM0375'], q, today: TODAY, page: PAGE }, q))
      .then((lines) => lines.join('\n'));

  it('counts and orders the hits from the search rows, and reads only the documents of the page', async () => {
    const plan = await planOf('verordening');
    expect(plan).toMatch(/on advice_search_rows s/);
    expect(plan).not.toMatch(/Seq Scan on read_model_rows/);
    expect(plan).toMatch(/Index Scan using read_model_rows_pkey on read_model_rows r/);
  });

  it('orders and counts the hits as the register does, and pages through them', async () => {
    const page = async (offset: number) =>
      listAdvice(db.readModels, {
        municipalities: ['GM0375'],
        q: 'participatiewet',
        today: TODAY,
        page: { offset, limit: 2 },
      });
    const plain = await listAdvice(db.readModels, {
      municipalities: ['GM0375'],
      domain: 'participation-act',
      today: TODAY,
      page: { offset: 0, limit: 4 },
    });
    const [first, second] = [await page(0), await page(2)];
    expect(first.total).toBe(OTHER_ADVICE);
    expect([...first.items, ...second.items].map((doc) => doc.trajectoryId)).toEqual(
      plain.items.map((doc) => doc.trajectoryId),
    );
  });

  it('follows the register: a changed row is found by its new words, a dropped one no more', async () => {
    await db.seed('advice-register', {
      changing: advice('changing', { subject: 'Laaggeletterdheid in de bibliotheek' }),
    });
    expect(await search('laaggeletterdheid')).toEqual(['changing']);
    await db.seed('advice-register', { changing: advice('changing', { subject: 'Eenzaamheid onder ouderen' }) });
    expect(await search('laaggeletterdheid')).toEqual([]);
    expect(await search('eenzaamheid')).toEqual(['changing']);
    await db.drop('advice-register', ['changing']);
    expect(await search('eenzaamheid')).toEqual([]);
  });

  it('combines the search with the other filters', async () => {
    const found = await listAdvice(db.readModels, {
      municipalities: ['GM0375'],
      q: 'mantelzorgers',
      status: 'advised',
      today: TODAY,
      page: PAGE,
    });
    expect(found.items.map((doc) => doc.trajectoryId)).toEqual(['byRecommendation']);
    expect(found.total).toBe(1);
  });
});

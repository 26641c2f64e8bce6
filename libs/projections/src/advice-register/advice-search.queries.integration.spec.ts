import { seededReadModels, type SeededReadModels } from '../queries/read-models.fixtures';
import { adviceDoc } from './advice-register.fixtures';
import type { AdviceRegisterDoc } from './advice-register.doc';
import { adviceRegister } from './advice-register.projection';
import { adviceListQuery, listAdvice } from './advice-register.queries';

const TODAY = '2026-11-23';
const PAGE = { offset: 0, limit: 50 };
/** Enough rows that the planner prefers an index to reading the register through. */
const OTHER_ADVICE = 3_000;

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

  it('is served by the search index, not by reading every row', async () => {
    const request = { municipalities: ['GM0375'], q: 'mantelzorgers', today: TODAY, page: PAGE };
    const plan = (await db.readModels.explainList(adviceRegister.name, adviceListQuery(request))).join('\n');
    expect(plan).toContain('read_model_rows_advice_search');
    expect(plan).not.toMatch(/Seq Scan on read_model_rows/);
  });
});

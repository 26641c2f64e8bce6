import { Pool } from 'pg';
import { adviceRegister, migrateProjections, ReadModels } from '#projections';
import { createTestDatabase } from '#testing';
import { TERM_SOURCE } from './deadline-tick';
import { openTermsOf, type TermSource } from './deadlines';

const TEXTS = { question: 'Hoe houden we de wijkteams bereikbaar?', advice: 'Een lang advies over mantelzorg.' };

/** Register rows as the projection writes them, with the texts the tick never needs beside the terms. */
const ROWS: Record<string, TermSource & Record<string, unknown>> = {
  advised: {
    trajectoryId: 'advised',
    subject: 'Wijkteams',
    bodyId: 'body-1',
    responsibleOfficial: 'official-1',
    responseDueOn: '2027-03-10',
    question: TEXTS.question,
    advice: {
      recommendations: [{ implementation: { reportedOn: '2027-05-01' } }, {}],
    },
    followUp: [{ dueOn: '2027-04-01' }, { dueOn: '2027-06-01' }],
  },
  awaitingAdvice: {
    trajectoryId: 'awaitingAdvice',
    subject: 'Respijtzorg',
    bodyId: 'body-2',
    adviceDueOn: '2027-02-01',
    followUp: [],
  },
  responded: {
    trajectoryId: 'responded',
    subject: 'Schuldhulp',
    bodyId: 'body-1',
    responseDueOn: '2027-01-15',
    respondedOn: '2027-01-10',
    advice: { recommendations: [{}, {}] },
    followUp: [{ dueOn: '2027-09-01' }],
  },
  closed: {
    trajectoryId: 'closed',
    subject: 'Vervoer',
    bodyId: 'body-1',
    adviceDueOn: '2027-01-01',
    closed: { closedAt: '2027-01-02T10:00:00Z' },
    followUp: [],
  },
  withdrawn: {
    trajectoryId: 'withdrawn',
    subject: 'Jeugd',
    bodyId: 'body-3',
    adviceDueOn: '2027-01-01',
    withdrawn: { reason: 'Vervallen', withdrawnAt: '2027-01-02T10:00:00Z' },
    followUp: [],
  },
};

describe("the deadline tick's narrow reading of the register", () => {
  let pool: Pool;
  let readModels: ReadModels;
  beforeAll(async () => {
    const url = await createTestDatabase('term-source');
    await migrateProjections(url);
    pool = new Pool({ connectionString: url });
    readModels = new ReadModels(pool);
    await pool.query(
      `INSERT INTO projection_generations (projection, generation, position, active) VALUES ($1, 1, 0, true)`,
      [adviceRegister.name],
    );
    const entries = Object.entries(ROWS).map(([id, doc]) => [
      id,
      { ...doc, advice: doc.advice && { ...doc.advice, summary: TEXTS.advice } },
    ]);
    await pool.query(
      `INSERT INTO read_model_rows (projection, generation, id, doc, position)
       SELECT $1, 1, id, doc, 0 FROM unnest($2::text[], $3::jsonb[]) AS t(id, doc)`,
      [adviceRegister.name, entries.map(([id]) => id), entries.map(([, doc]) => JSON.stringify(doc))],
    );
  });
  afterAll(() => pool.end());

  const read = async (select?: string): Promise<Map<string, TermSource>> =>
    new Map(
      (await readModels.scan<TermSource>(adviceRegister.name, '', 100, [], select)).map((row) => [row.id, row.doc]),
    );

  it('finds the same open terms in every row as the whole document gives', async () => {
    const termsOf = (rows: Map<string, TermSource>) => [...rows].map(([id, doc]) => [id, openTermsOf(doc)] as const);
    const [whole, narrow] = [termsOf(await read()), termsOf(await read(TERM_SOURCE))];
    expect(narrow.map(([id]) => id)).toEqual(['advised', 'awaitingAdvice', 'closed', 'responded', 'withdrawn']);
    expect(narrow).toEqual(whole);
    expect(narrow[0]?.[1].map((term) => term.key)).toEqual([
      'response:advised:2027-03-10',
      'checkpoint:advised:1:2027-06-01',
    ]);
  });

  it('carries none of the texts', async () => {
    const advised = (await read(TERM_SOURCE)).get('advised');
    expect(JSON.stringify(advised)).not.toMatch(/wijkteams bereikbaar|mantelzorg/);
    expect(advised).toEqual({
      trajectoryId: 'advised',
      subject: 'Wijkteams',
      bodyId: 'body-1',
      responsibleOfficial: 'official-1',
      responseDueOn: '2027-03-10',
      advice: { recommendations: [{ implementation: { reportedOn: '2027-05-01' } }, {}] },
      followUp: [{ dueOn: '2027-04-01' }, { dueOn: '2027-06-01' }],
    });
  });
});

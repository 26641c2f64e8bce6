import { Pool } from 'pg';
import { createTestDatabase } from '#testing';
import { migrateProjections } from '../migrate-projections';
import { listMunicipalities } from '../municipality-register/municipality-register.queries';
import { ReadModelChanges } from './read-model-changes';
import { ReadModels } from './read-models';
import { RememberedAnswers, type AnswerOutcome } from './remembered-answers';

const REGISTER = 'municipality-register';
const EVERY = { municipalities: undefined, page: { offset: 0, limit: 10 } };

/** Polls `holds` every 10 ms until it is true; fails after two seconds. */
async function until(holds: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 2_000;
  while (!holds()) {
    if (Date.now() > deadline) throw new Error(`still not: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('answers kept until the read models commit, on PostgreSQL', () => {
  let pool: Pool;
  let changes: ReadModelChanges;
  let now: number;
  let outcomes: AnswerOutcome[];
  let readModels: ReadModels;

  /** Writes a municipality's row and moves the register's position in one transaction, as a projector batch does. */
  async function project(code: string, name: string, position: number): Promise<void> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO read_model_rows (projection, generation, id, doc, position) VALUES ($1, 1, $2, $3, $4)`,
        [REGISTER, code, JSON.stringify({ municipalityCode: code, name }), position],
      );
      await client.query('UPDATE projection_generations SET position = $2 WHERE projection = $1', [REGISTER, position]);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  }

  /** `project`, then waits until this process has heard of the commit. */
  async function projectHeard(code: string, name: string, position: number): Promise<void> {
    const before = changes.current();
    await project(code, name, position);
    await until(() => changes.current() !== before, 'the batch heard');
  }

  const names = async (request: Parameters<typeof listMunicipalities>[1] = EVERY): Promise<string[]> =>
    (await listMunicipalities(readModels, request)).items.map((doc) => doc.name);

  beforeAll(async () => {
    const url = await createTestDatabase('remembered-answers');
    await migrateProjections(url);
    pool = new Pool({ connectionString: url });
    pool.on('error', () => undefined);
    await pool.query(
      `INSERT INTO projection_generations (projection, generation, position, active) VALUES ($1, 1, 0, true)`,
      [REGISTER],
    );
    now = 0;
    changes = new ReadModelChanges(url, () => now);
    await changes.ready();
    readModels = new ReadModels(pool, {
      waitMs: 500,
      pollMs: 10,
      answers: new RememberedAnswers(changes, { onAnswer: (outcome) => outcomes.push(outcome) }),
    });
    await projectHeard('GM0375', 'Beverwijk', 1);
  });
  beforeEach(() => {
    outcomes = [];
  });
  afterAll(async () => {
    await changes.close();
    await pool.end();
  });

  it('answers the same listing from memory until a batch commits, then reads the new rows', async () => {
    expect(await names()).toEqual(['Beverwijk']);
    expect(await names()).toEqual(['Beverwijk']);
    await projectHeard('GM0396', 'Heemskerk', 2);
    expect(await names()).toEqual(['Beverwijk', 'Heemskerk']);
    expect(await names()).toEqual(['Beverwijk', 'Heemskerk']);
    expect(outcomes).toEqual(['miss', 'hit', 'miss', 'hit']);
  });

  it('hears nothing of a batch that rolled back', async () => {
    await names();
    const heard = changes.current();
    const client = await pool.connect();
    await client.query('BEGIN');
    await client.query('UPDATE projection_generations SET position = 99 WHERE projection = $1', [REGISTER]);
    await client.query('ROLLBACK');
    client.release();
    // A notification that was sent would arrive with this round trip's answer or before it.
    await pool.query('SELECT pg_sleep(0.05)');
    expect(changes.current()).toBe(heard);
    expect(await names()).toEqual(['Beverwijk', 'Heemskerk']);
    expect(outcomes).toEqual(['hit', 'hit']);
  });

  it('reads a request with a position every time, once the register holds it', async () => {
    expect(await names({ ...EVERY, minPosition: 2n })).toEqual(['Beverwijk', 'Heemskerk']);
    expect(await names({ ...EVERY, minPosition: 2n })).toEqual(['Beverwijk', 'Heemskerk']);
    await expect(names({ ...EVERY, minPosition: 3n })).rejects.toThrow('not yet caught up');
    expect(outcomes).toEqual([]);
  });

  it('keeps nothing while its connection is lost, and listens again a second later', async () => {
    const { rowCount } = await pool.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN read_models' AND pid <> pg_backend_pid()`,
    );
    expect(rowCount).toBe(1);
    await until(() => changes.current() === null, 'the connection lost');
    await project('GM0453', 'Velsen', 3);
    expect(await names()).toEqual(['Beverwijk', 'Heemskerk', 'Velsen']);
    expect(await names()).toEqual(['Beverwijk', 'Heemskerk', 'Velsen']);
    now += 1_000;
    await until(() => changes.current() !== null, 'listening again');
    await names();
    await names();
    expect(outcomes).toEqual(['unheard', 'unheard', 'miss', 'hit']);
  });
});

import { Writable } from 'node:stream';
import { Pool } from 'pg';
import pino from 'pino';
import { migrateEventStore, PostgresEventStore } from '#event-store/postgres';
import { migrateNotifications } from '#notifications';
import { migratePrivacy, PersonKeyStore } from '#privacy';
import { adviceRegister, migrateProjections } from '#projections';
import { createTestDatabase } from '#testing';
import { startProjector } from './start-projector';

describe('a projector starting on read models an older release built', () => {
  it('rebuilds the changed ones in the background, once, and logs it without rows', async () => {
    const url = await createTestDatabase('start-upgrade');
    await migrateEventStore(url);
    await migrateProjections(url);
    const pool = new Pool({ connectionString: url });
    const store = new PostgresEventStore({ connectionString: url });
    // The release's advice register: version 1, with a row today's definition would not write.
    await pool.query(
      `INSERT INTO projection_generations (projection, generation, active, version) VALUES ('advice-register', 1, true, 1)`,
    );
    await pool.query(
      `INSERT INTO read_model_rows (projection, generation, id, doc, position)
       VALUES ('advice-register', 1, 'old', '{"left": "by release 0.1.0"}', 0)`,
    );
    const lines: string[] = [];
    const logger = pino(
      new Writable({
        write: (chunk: Buffer, _encoding, done) => {
          lines.push(chunk.toString());
          done();
        },
      }),
    );

    const first = startProjector({ sealedEventStore: store, database: pool }, logger);
    await first.upgraded;
    await first.stop();
    const second = startProjector({ sealedEventStore: store, database: pool }, logger);
    await second.upgraded;
    await second.stop();

    const { rows } = await pool.query<{ generation: number; version: number; active: boolean }>(
      `SELECT generation, version, active FROM projection_generations WHERE projection = 'advice-register' ORDER BY generation`,
    );
    expect(rows).toEqual([
      { generation: 1, version: 1, active: false },
      { generation: 2, version: adviceRegister.version, active: true },
    ]);
    const messages = lines.map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(messages.filter((m) => m === 'rebuilding read models whose definition changed')).toHaveLength(1);
    expect(messages.filter((m) => m === 'switched read models to their rebuilt generations')).toHaveLength(1);
    expect(lines.join('')).not.toContain('release 0.1.0');
    await store.close();
    await pool.end();
  });
});

describe('a projector whose database pool was ended', () => {
  it('stops promptly, with its upgrade and notifications, instead of waiting on the ended pool', async () => {
    const url = await createTestDatabase('stop-ended-pool');
    await migrateEventStore(url);
    await migratePrivacy(url);
    await migrateProjections(url);
    await migrateNotifications(url);
    // One connection for runner, upgrade, reactions, sender and tick: requests queue on it, and a
    // request queued when the pool is ended never settles (pg-pool), which held the stop before.
    const pool = new Pool({ connectionString: url, max: 1 });
    pool.on('error', () => undefined);
    const store = new PostgresEventStore({ connectionString: url });
    const projector = startProjector(
      { sealedEventStore: store, database: pool, personKeys: new PersonKeyStore(pool) },
      pino({ level: 'silent' }),
    );
    const queued = Date.now() + 5_000;
    while (pool.waitingCount === 0 && Date.now() < queued) await new Promise((resolve) => setImmediate(resolve));
    expect(pool.waitingCount).toBeGreaterThan(0);
    const ended = pool.end();

    const startedAt = Date.now();
    const outcome = await Promise.race([
      projector.stop().then(() => 'stopped'),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 5_000).unref()),
    ]);

    expect(outcome).toBe('stopped');
    expect(Date.now() - startedAt).toBeLessThan(2_000);
    await ended;
    await store.close();
  });
});

import { Writable } from 'node:stream';
import { Pool } from 'pg';
import pino from 'pino';
import { migrateEventStore, PostgresEventStore } from '#event-store/postgres';
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

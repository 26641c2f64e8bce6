import { Pool } from 'pg';
import { createTestDatabase } from '#testing';
import { migrateEventStore } from '../postgres/migrate-event-store';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { PostgresStreamHeads } from '../postgres/postgres-stream-heads';
import { eventFactory } from '../testing';
import { contentHashOf } from './audit-chain';
import { AuditChainEventStore } from './audit-chain-event-store';
import { verifyAuditTrail } from './verify-audit-trail';

describe('verifying the audit trail in PostgreSQL', () => {
  let raw: PostgresEventStore;
  let store: AuditChainEventStore;
  let pool: Pool;
  let heads: PostgresStreamHeads;
  const event = eventFactory('verify');

  /** A stream of four events, appended one by one through the chain. */
  async function fourEvents(streamId: string): Promise<void> {
    await store.appendToStream(streamId, [event()], { expectedRevision: 'no_stream' });
    await store.appendToStream(streamId, [event(), event()], { expectedRevision: 0 });
    await store.appendToStream(streamId, [event()]);
  }
  const verify = (streamId: string) => verifyAuditTrail(store, { streamId, heads });
  const sql = async (text: string, params: unknown[]) => {
    await pool.query(text, params);
  };

  beforeAll(async () => {
    const url = await createTestDatabase('verify');
    await migrateEventStore(url);
    raw = new PostgresEventStore({ connectionString: url });
    store = new AuditChainEventStore(raw);
    pool = new Pool({ connectionString: url });
    heads = new PostgresStreamHeads(pool);
  });
  afterAll(async () => {
    await pool.end();
    await store.close();
  });

  it('finds an untouched store intact and counts every event and stream', async () => {
    await fourEvents('intact-a');
    await fourEvents('intact-b');
    const verification = await verifyAuditTrail(store, { heads });
    expect(verification).toEqual({
      intact: true,
      checked: 8,
      unchained: 0,
      streams: 2,
      throughPosition: await store.headPosition(),
    });
  });

  it('reports an edited data field as changed content at that event', async () => {
    await fourEvents('edit-data');
    await sql(
      `UPDATE es_events SET data = jsonb_set(data, '{counter}', '999') WHERE stream_id = $1 AND stream_revision = 1`,
      ['edit-data'],
    );
    expect(await verify('edit-data')).toMatchObject({
      intact: false,
      checked: 4,
      firstBroken: { streamId: 'edit-data', revision: 1, reason: 'content-changed' },
    });
  });

  it('reports edited metadata and an edited type as changed content', async () => {
    await fourEvents('edit-metadata');
    await sql(
      `UPDATE es_events SET metadata = jsonb_set(metadata, '{actor,role}', '"admin"') WHERE stream_id = $1 AND stream_revision = 2`,
      ['edit-metadata'],
    );
    await fourEvents('edit-type');
    await sql(`UPDATE es_events SET type = 'AdviceWithdrawn' WHERE stream_id = $1 AND stream_revision = 0`, [
      'edit-type',
    ]);
    expect((await verify('edit-metadata')).firstBroken).toMatchObject({ revision: 2, reason: 'content-changed' });
    expect((await verify('edit-type')).firstBroken).toMatchObject({ revision: 0, reason: 'content-changed' });
  });

  it('reports an edit whose own hash was recomputed at the event after it', async () => {
    await fourEvents('rehashed');
    const [second] = await raw.readStream('rehashed', { fromRevision: 1, maxCount: 1 });
    const forged = { ...second!, data: { counter: 999 } };
    const link = second!.metadata.auditChain!;
    const contentHash = contentHashOf(forged, link.previousHash);
    await sql(
      `UPDATE es_events SET data = $2, metadata = jsonb_set(metadata, '{auditChain,contentHash}', to_jsonb($3::text))
       WHERE stream_id = $1 AND stream_revision = 1`,
      ['rehashed', JSON.stringify(forged.data), contentHash],
    );
    expect((await verify('rehashed')).firstBroken).toMatchObject({ revision: 2, reason: 'predecessor-changed' });
  });

  it('reports a deleted event in the middle, at the start and at the end of a stream', async () => {
    await fourEvents('delete-middle');
    await sql('DELETE FROM es_events WHERE stream_id = $1 AND stream_revision = 1', ['delete-middle']);
    await fourEvents('delete-first');
    await sql('DELETE FROM es_events WHERE stream_id = $1 AND stream_revision = 0', ['delete-first']);
    await fourEvents('delete-last');
    await sql('DELETE FROM es_events WHERE stream_id = $1 AND stream_revision = 3', ['delete-last']);
    expect(await verify('delete-middle')).toMatchObject({
      checked: 3,
      firstBroken: {
        revision: 2,
        reason: 'predecessor-missing',
        detail: expect.stringContaining('Revision 1 is missing'),
      },
    });
    expect((await verify('delete-first')).firstBroken).toMatchObject({ revision: 1, reason: 'predecessor-missing' });
    expect(await verify('delete-last')).toMatchObject({
      intact: false,
      checked: 3,
      firstBroken: { revision: 3, position: null, reason: 'last-events-missing' },
    });
  });

  it('reports two events whose revisions were swapped', async () => {
    await fourEvents('swap-revisions');
    await sql(
      `UPDATE es_events SET stream_revision = CASE stream_revision WHEN 1 THEN -2 ELSE -1 END
       WHERE stream_id = $1 AND stream_revision IN (1, 2)`,
      ['swap-revisions'],
    );
    await sql(`UPDATE es_events SET stream_revision = -stream_revision WHERE stream_id = $1 AND stream_revision < 0`, [
      'swap-revisions',
    ]);
    expect((await verify('swap-revisions')).firstBroken).toMatchObject({ revision: 1, reason: 'content-changed' });
  });

  it('reports two events whose positions were swapped', async () => {
    await fourEvents('swap-positions');
    const { rows } = await pool.query<{ position: string }>(
      'SELECT position::text FROM es_events WHERE stream_id = $1 AND stream_revision IN (1, 3) ORDER BY stream_revision',
      ['swap-positions'],
    );
    const [one, three] = rows.map((r) => r.position);
    await sql('UPDATE es_events SET position = -position WHERE position IN ($1, $2)', [one, three]);
    await sql(
      'UPDATE es_events SET position = CASE WHEN position = -$1::bigint THEN $2::bigint ELSE $1::bigint END WHERE position < 0',
      [one, three],
    );
    expect((await verify('swap-positions')).firstBroken).toMatchObject({ revision: 2, reason: 'out-of-order' });
  });

  it('reports an event whose chain link was removed', async () => {
    await fourEvents('unlinked');
    await sql(`UPDATE es_events SET metadata = metadata - 'auditChain' WHERE stream_id = $1 AND stream_revision = 3`, [
      'unlinked',
    ]);
    expect((await verify('unlinked')).firstBroken).toMatchObject({ revision: 3, reason: 'chain-removed' });
  });

  it('covers events written before the chain by the first chained event after them', async () => {
    await raw.appendToStream('older', [event(), event()]);
    await store.appendToStream('older', [event()], { expectedRevision: 1 });
    await raw.appendToStream('older-tail', [event()]);
    expect(await verify('older')).toEqual(expect.objectContaining({ intact: true, checked: 3, unchained: 2 }));
    expect(await verify('older-tail')).toEqual(expect.objectContaining({ intact: true, checked: 1, unchained: 1 }));
    await sql(`UPDATE es_events SET data = '{"counter": 0}' WHERE stream_id = $1 AND stream_revision = 0`, ['older']);
    expect((await verify('older')).firstBroken).toMatchObject({ revision: 2, reason: 'predecessor-changed' });
  });

  it('chains concurrent appends that expect any revision, each at the revision it lands on', async () => {
    const writers = Array.from({ length: 8 }, () =>
      store.appendToStream('contended', [event(), event()], { expectedRevision: 'any' }),
    );
    const results = await Promise.all(writers);
    expect(results.map((r) => r.nextExpectedRevision).sort((a, b) => a - b)).toEqual([1, 3, 5, 7, 9, 11, 13, 15]);
    expect(await verify('contended')).toMatchObject({ intact: true, checked: 16, unchained: 0 });
  });

  it('keeps the chain whole when a retry carries other metadata than the append it repeats', async () => {
    const first = event();
    await store.appendToStream('retried', [first], { expectedRevision: 'no_stream' });
    // A restarted writer retries with the same event id, received at another moment.
    const restarted = new AuditChainEventStore(raw);
    const retry = { ...first, metadata: { ...first.metadata, occurredAt: '2026-11-23T11:00:00.000+01:00' } };
    await restarted.appendToStream('retried', [retry], { expectedRevision: 'no_stream' });
    await restarted.appendToStream('retried', [event()], { expectedRevision: 0 });
    expect(await verify('retried')).toMatchObject({ intact: true, checked: 2 });
  });

  it('answers a repeated append that expects any revision with the first result', async () => {
    const batch = [event(), event()];
    const first = await store.appendToStream('repeated', batch);
    await store.appendToStream('repeated', [event()]);
    const fresh = new AuditChainEventStore(raw);
    expect(await fresh.appendToStream('repeated', batch)).toEqual(first);
    expect(await raw.readStream('repeated')).toHaveLength(3);
  });
});

/** One scenario, in order: each step tampers a little more. */
describe('walking every stream of a PostgreSQL store', () => {
  let store: AuditChainEventStore;
  let pool: Pool;
  let heads: PostgresStreamHeads;
  const event = eventFactory('walk');
  const inMunicipality = (code: string) => (e: { metadata: { municipalityCode?: string } }) =>
    e.metadata.municipalityCode === code;

  async function stream(streamId: string, municipalityCode: string): Promise<void> {
    const events = [event(), event(), event()].map((e) => ({ ...e, metadata: { ...e.metadata, municipalityCode } }));
    for (const e of events) await store.appendToStream(streamId, [e]);
  }
  const swap = async (column: 'position' | 'stream_revision', streamId: string, revisions: [number, number]) => {
    await pool.query(
      `WITH pair AS (SELECT array_agg(${column} ORDER BY stream_revision) AS v FROM es_events
                     WHERE stream_id = $1 AND stream_revision = ANY($2::bigint[]))
       UPDATE es_events SET ${column} = -${column} FROM pair WHERE ${column} = ANY(pair.v) AND stream_id = $1`,
      [streamId, revisions],
    );
    await pool.query(
      `UPDATE es_events SET ${column} = CASE WHEN -${column} = $2::bigint THEN $3::bigint ELSE $2::bigint END
       WHERE stream_id = $1 AND ${column} < 0`,
      [streamId, ...(await valuesOf(column, streamId))],
    );
  };
  async function valuesOf(column: string, streamId: string): Promise<[string, string]> {
    const { rows } = await pool.query<{ v: string }>(
      `SELECT (-${column})::text AS v FROM es_events WHERE stream_id = $1 AND ${column} < 0 ORDER BY stream_revision`,
      [streamId],
    );
    return [rows[0]?.v ?? '', rows[1]?.v ?? ''];
  }

  beforeAll(async () => {
    const url = await createTestDatabase('walk');
    await migrateEventStore(url);
    store = new AuditChainEventStore(new PostgresEventStore({ connectionString: url }));
    pool = new Pool({ connectionString: url });
    heads = new PostgresStreamHeads(pool);
    await stream('velsen-1', 'GM0453');
    await stream('beverwijk-1', 'GM0375');
    await stream('beverwijk-2', 'GM0375');
    await stream('heemskerk-1', 'GM0396');
  });
  afterAll(async () => {
    await pool.end();
    await store.close();
  });

  it('reports events whose positions were swapped as out of order, in position order', async () => {
    await swap('position', 'beverwijk-1', [1, 2]);
    const walk = await verifyAuditTrail(store, { heads });
    expect(walk).toMatchObject({
      intact: false,
      checked: 12,
      streams: 4,
      firstBroken: { streamId: 'beverwijk-1', revision: 2, reason: 'out-of-order' },
    });
  });

  it('counts and reports only the streams in scope, yet checks them all', async () => {
    const velsen = await verifyAuditTrail(store, { heads, inScope: inMunicipality('GM0453') });
    expect(velsen).toEqual(expect.objectContaining({ intact: true, checked: 3, streams: 1 }));
  });

  it('reports events whose revisions were swapped', async () => {
    await swap('stream_revision', 'heemskerk-1', [1, 2]);
    const walk = await verifyAuditTrail(store, { heads, inScope: inMunicipality('GM0396') });
    expect(walk.firstBroken).toMatchObject({ streamId: 'heemskerk-1', revision: 2, reason: 'out-of-order' });
  });

  it('reports deleted last events of a stream from the head the store keeps', async () => {
    await pool.query(`DELETE FROM es_events WHERE stream_id = 'velsen-1' AND stream_revision >= 1`);
    const velsen = await verifyAuditTrail(store, { heads, inScope: (e) => e.streamId === 'velsen-1' });
    expect(velsen).toMatchObject({
      checked: 1,
      firstBroken: { streamId: 'velsen-1', revision: 2, position: null, reason: 'last-events-missing' },
    });
  });
  it("counts a stream whose first event is broken in everyone's scope: it cannot be trusted to say whose it is", async () => {
    await pool.query(
      `UPDATE es_events SET metadata = jsonb_set(metadata, '{municipalityCode}', '"GM0453"')
       WHERE stream_id = 'beverwijk-2' AND stream_revision = 0`,
    );
    const velsen = await verifyAuditTrail(store, { heads, inScope: inMunicipality('GM0453') });
    expect(velsen).toMatchObject({
      intact: false,
      checked: 4,
      firstBroken: { streamId: 'beverwijk-2', revision: 0, reason: 'content-changed' },
    });
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import request from 'supertest';
import type { App } from 'supertest/types';
import { issueLocalToken, loadOrCreateSigningKey, localTokenVerifier } from '#auth';
import { openStorage, startProjector, type Storage } from '#runtime';
import { createTestDatabase } from '#testing';
import { createApp } from '../../../apps/api/src/create-app';
import { describeSchema } from '../../support/describe-schema';
import { loadReleaseDatabase, withClient } from '../../support/release-fixture';

const REPORTED_SIGNAL = 'c0a80101-0000-4000-8000-0000000000f2';
const BODY_ID = 'c0a80101-0000-4000-8000-0000000000f1';

const silent = pino({ level: 'silent' });

/** Opens storage the way the service starts: this is where the migrations run. */
function start(databaseUrl: string, dataDir: string): Promise<Storage> {
  return openStorage(
    { port: 0, databaseUrl, eventStoreUrl: undefined, dataDir, logLevel: 'silent', jwks: undefined, role: 'api' },
    silent,
  );
}

describe('migrating a database of the previous release', () => {
  let dataDir: string;
  let fromRelease: string;
  let fromEmpty: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'participation-migrate-'));
    fromRelease = await loadReleaseDatabase('from_release');
    fromEmpty = await createTestDatabase('from_empty');
    for (const url of [fromRelease, fromEmpty]) await (await start(url, dataDir)).close();
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('ends in exactly the schema of a database migrated from empty', async () => {
    const upgraded = await withClient(fromRelease, describeSchema);
    const fresh = await withClient(fromEmpty, describeSchema);
    expect(upgraded.columns?.length).toBeGreaterThan(0);
    expect(upgraded).toEqual(fresh);
  });

  it('has recorded the same migrations in each of the three sets', async () => {
    const ran = (url: string) =>
      withClient(url, async (client) => {
        const names: string[][] = [];
        for (const table of ['es_migrations', 'privacy_migrations', 'projection_migrations']) {
          const { rows } = await client.query<{ name: string }>(`SELECT name FROM ${table} ORDER BY id`);
          names.push(rows.map((r) => r.name));
        }
        return names;
      });
    expect(await ran(fromRelease)).toEqual(await ran(fromEmpty));
  });

  describe('the data of the release, served by the new code', () => {
    let storage: Storage;
    let http: App;
    let close: () => Promise<void>;
    let member: string;
    beforeAll(async () => {
      storage = await start(fromRelease, dataDir);
      const key = await loadOrCreateSigningKey(dataDir);
      const app = await createApp({ storage, verifier: localTokenVerifier(key) }, silent, false);
      const projector = startProjector(storage, silent);
      http = app.getHttpServer() as App;
      member = `Bearer ${await issueLocalToken(key, { id: 'member-1', roles: ['body-member'], municipalities: ['GM0375'] })}`;
      close = async () => {
        await app.close();
        await projector.stop();
        await storage.close();
      };
    });
    afterAll(() => close());

    it('opens the personal data sealed under the release, with the keys it stored', async () => {
      const [recorded] = await storage.eventStore.readStream(`signal-${REPORTED_SIGNAL}`);
      expect(recorded?.data).toMatchObject({
        summary: { value: 'Lange wachttijd voor een traplift.' },
        reporter: { value: { name: 'Fixture Persoon', contact: 'fixture@example.nl' } },
      });
      const response = await request(http)
        .get(`/api/v1/signals/${REPORTED_SIGNAL}`)
        .set('Authorization', member)
        .expect(200);
      expect(response.body).toMatchObject({ reporter: { name: 'Fixture Persoon' } });
    });

    it("answers queries from the release's read models, and goes on from their checkpoints", async () => {
      const listed = await request(http).get('/api/v1/signals').set('Authorization', member).expect(200);
      expect((listed.body as { total: number }).total).toBe(2);

      const recorded = await request(http)
        .post('/api/v1/signals')
        .set('Authorization', member)
        .send({
          bodyId: BODY_ID,
          municipalityCode: 'GM0375',
          channel: 'platform',
          receivedOn: '2026-11-20',
          themes: ['mantelzorg'],
          domain: 'wmo',
          summary: 'Respijtzorg is moeilijk te vinden.',
        })
        .expect(201);
      const { position } = recorded.body as { position: number };
      const after = await request(http)
        .get(`/api/v1/signals?minPosition=${position}`)
        .set('Authorization', member)
        .expect(200);
      expect((after.body as { total: number }).total).toBe(3);
    });
  });
});

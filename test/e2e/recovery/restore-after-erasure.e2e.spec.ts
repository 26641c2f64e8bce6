import { join } from 'node:path';
import { eventFactory } from '#event-store/testing';
import { ErasureLedger } from '#privacy';
import type { Storage } from '#runtime';
import {
  copyCluster,
  freshDir,
  openStorageOn,
  removeDir,
  startOwnCluster,
  withClient,
  type OwnCluster,
} from './recovery-support';

const STREAM = 'signal-restore-drill';

/**
 * The backup drill of docs/operations.md: a file-level backup, a ForgetPerson after it, the
 * backup restored. The restored database holds the forgotten person's key again; the start
 * must destroy it before anything is served, from the erasure ledger outside the backup.
 */
describe('a backup restored after a person was forgotten', () => {
  let cluster: OwnCluster;
  let appDataDir: string;
  let backupDir: string;
  let restored: Storage;
  let keyInRestoredBackup: boolean;
  const event = eventFactory('restore-drill');

  beforeAll(async () => {
    cluster = await startOwnCluster('erasure-drill');
    appDataDir = await freshDir('erasure-drill-app');
    backupDir = await freshDir('erasure-drill-backup');

    const before = await openStorageOn(cluster, appDataDir);
    await before.eventStore.appendToStream(STREAM, [
      event('SignalRecorded', {
        reporter: { personId: 'anna', value: { name: 'Anna de Vries' } },
        member: { personId: 'bram', value: { name: 'Bram Jansen' } },
      }),
    ]);
    await before.close();
    await cluster.stop();
    await copyCluster(cluster.dataDir, join(backupDir, 'data'));
    await cluster.start();

    // ForgetPerson destroys the key through this call, once two admins agreed.
    const afterBackup = await openStorageOn(cluster, appDataDir);
    await afterBackup.personKeys.forget('anna');
    await afterBackup.close();

    await cluster.stop();
    await copyCluster(join(backupDir, 'data'), cluster.dataDir);
    await cluster.start();
    keyInRestoredBackup = await withClient(cluster.urlAs('superuser'), async (client) => {
      const { rows } = await client.query<{ key: Buffer | null }>(
        `SELECT key FROM person_keys WHERE person_id = 'anna'`,
      );
      return rows[0]?.key != null;
    });
    restored = await openStorageOn(cluster, appDataDir);
  }, 120_000);

  afterAll(async () => {
    await restored.close();
    await cluster.remove();
    await removeDir(appDataDir);
    await removeDir(backupDir);
  }, 30_000);

  it('restores a backup that still holds the forgotten person’s key (the drill is real)', () => {
    expect(keyInRestoredBackup).toBe(true);
  });

  it('keeps the person forgotten after the restore and the start', async () => {
    const [recorded] = await restored.eventStore.readStream(STREAM);

    expect(recorded?.data).toMatchObject({
      reporter: { personId: 'anna', erased: true },
      member: { personId: 'bram', value: { name: 'Bram Jansen' } },
    });
    expect(await restored.personKeys.existingKeys(['anna'])).toEqual(new Map([['anna', null]]));
  });

  it('keeps the forgotten id outside the backup, in the erasure ledger', async () => {
    const ledger = new ErasureLedger(join(appDataDir, 'erasure-ledger'));
    expect(await ledger.forgottenIds()).toEqual(['anna']);
  });
});

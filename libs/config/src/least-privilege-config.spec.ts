import { loadConfig } from './load-config';

describe('the settings of the database roles, key wrapping and erasure ledger (ADR 32, 33)', () => {
  it('leaves them out when unset, so DATABASE_URL does everything and DATA_DIR holds key and ledger', () => {
    const config = loadConfig({}, '/srv/app');

    expect(config).not.toHaveProperty('databaseOwnerUrl');
    expect(config).not.toHaveProperty('databaseProjectorUrl');
    expect(config).not.toHaveProperty('personKeyMasterKey');
    expect(config).not.toHaveProperty('erasureLedgerDir');
  });

  it('reads each, resolving folders against the working directory', () => {
    const masterKey = Buffer.alloc(32, 7).toString('base64');

    const config = loadConfig(
      {
        DATABASE_OWNER_URL: 'postgresql://participation_owner:o@db/participation',
        DATABASE_PROJECTOR_URL: 'postgresql://participation_projector:p@db/participation',
        PERSON_KEY_MASTER_KEY: masterKey,
        ERASURE_LEDGER_DIR: 'ledger',
        EVIDENCE_CHECKPOINT_DIR: '/var/lib/checkpoints',
      },
      '/srv/app',
    );

    expect(config).toMatchObject({
      databaseOwnerUrl: 'postgresql://participation_owner:o@db/participation',
      databaseProjectorUrl: 'postgresql://participation_projector:p@db/participation',
      personKeyMasterKey: masterKey,
      erasureLedgerDir: '/srv/app/ledger',
      evidenceCheckpointDir: '/var/lib/checkpoints',
    });
  });

  it.each([
    ['DATABASE_OWNER_URL', 'mysql://x', /DATABASE_OWNER_URL must be a postgres/],
    ['DATABASE_PROJECTOR_URL', 'x', /DATABASE_PROJECTOR_URL must be a postgres/],
    ['PERSON_KEY_MASTER_KEY', Buffer.alloc(16).toString('base64'), /PERSON_KEY_MASTER_KEY must be 32 bytes/],
  ])('refuses %s=%s without repeating the secret', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(message);
    expect(() => loadConfig({ [name]: value })).toThrow(/\(got '\[redacted\]'\)/);
  });
});

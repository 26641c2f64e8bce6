import { connectToEventStoreDb, normaliseConnectionString } from './eventstoredb-connection';

describe('normalising a connection string', () => {
  it('renames the deprecated esdb scheme to kurrentdb', () => {
    expect(normaliseConnectionString('esdb://localhost:2113?tls=false')).toBe('kurrentdb://localhost:2113?tls=false');
  });

  it('renames the deprecated esdb+discover scheme to kurrentdb+discover', () => {
    expect(normaliseConnectionString('esdb+discover://cluster.example.nl:2113')).toBe(
      'kurrentdb+discover://cluster.example.nl:2113',
    );
  });

  it('keeps the hosts, credentials and options of a cluster as they are', () => {
    const cluster = 'esdb://admin:changeit@host1:2113,host2:2113,host3:2113?tls=true&nodePreference=leader';
    expect(normaliseConnectionString(cluster)).toBe(
      'kurrentdb://admin:changeit@host1:2113,host2:2113,host3:2113?tls=true&nodePreference=leader',
    );
  });

  it('leaves a kurrentdb connection string alone', () => {
    expect(normaliseConnectionString('kurrentdb://localhost:2113?tls=false')).toBe(
      'kurrentdb://localhost:2113?tls=false',
    );
  });
});

describe('connecting to EventStoreDB', () => {
  it('accepts a three-node cluster without contacting it', async () => {
    const client = connectToEventStoreDb(
      'esdb://host1:2113,host2:2113,host3:2113?tls=true&nodePreference=follower&tlsVerifyCert=false',
    );
    expect(client.connectionName).toEqual(expect.any(String));
    await client.dispose();
  });

  it('refuses a string that is not an EventStoreDB connection string', () => {
    expect(() => connectToEventStoreDb('postgres://localhost:5432/events')).toThrow(/kurrentdb:\/\//);
  });
});

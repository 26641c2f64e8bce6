import { KurrentDBClient } from '@kurrent/kurrentdb-client';

/** The client operations the adapter uses; a narrow type so specs can stand in for the server. */
export type EventStoreDbClient = Pick<
  KurrentDBClient,
  'appendToStream' | 'readStream' | 'readAll' | 'subscribeToAll' | 'dispose'
>;

/**
 * Rewrites the deprecated `esdb://` and `esdb+discover://` schemes to their `kurrentdb`
 * names. The client accepts both and means the same, but warns on the console for every
 * client built from an `esdb` string. Everything after the scheme (hosts, credentials,
 * `tls`, `nodePreference`, …) is left for the client to parse.
 */
export function normaliseConnectionString(connectionString: string): string {
  return connectionString
    .trim()
    .replace(/^esdb(\+discover)?:\/\//i, (_scheme, discover: string | undefined) =>
      discover ? 'kurrentdb+discover://' : 'kurrentdb://',
    );
}

/**
 * A client for a single node (`kurrentdb://host:2113?tls=false`), a gossip seed list
 * (`kurrentdb://host1:2113,host2:2113,host3:2113?tls=true&nodePreference=leader`) or DNS
 * discovery (`kurrentdb+discover://…`). Connecting is lazy: a wrong address shows up at the
 * first call, so call `ping()` at start-up.
 */
export function connectToEventStoreDb(connectionString: string): KurrentDBClient {
  return KurrentDBClient.connectionString(normaliseConnectionString(connectionString));
}

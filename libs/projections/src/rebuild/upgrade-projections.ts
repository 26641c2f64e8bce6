import type { Pool } from 'pg';
import type { EventStore } from '#event-store';
import type { Projection } from '../projection';
import { acquireRebuildLock, RebuildAlreadyRunningError } from './rebuild-generations';
import { replayAndSwitch, type RebuildOptions, type RebuildResult } from './rebuild-projections';

/** A read model whose active generation another version of its definition built. */
export interface VersionMismatch {
  readonly name: string;
  /** The version the active generation was built with. */
  readonly built: number;
  /** The version of today's definition. */
  readonly version: number;
}

export type UpgradeOutcome =
  /** Every active generation was built by today's definitions (or none exists yet). */
  | { readonly kind: 'current' }
  /** Another process holds the rebuild lock: a start of its own, or an operator's rebuild. */
  | { readonly kind: 'busy' }
  | { readonly kind: 'rebuilt'; readonly outdated: readonly VersionMismatch[]; readonly result: RebuildResult };

export interface UpgradeOptions extends RebuildOptions {
  /** Called under the rebuild lock, before the replay starts. */
  readonly onStart?: (outdated: readonly VersionMismatch[]) => void;
  /** Called when active generations are newer than today's definitions (an older release runs). */
  readonly onNewer?: (newer: readonly VersionMismatch[]) => void;
}

/**
 * Rebuilds the read models whose active generation an older version of their definition built,
 * with the rebuild machinery: a new generation fills beside the old one, which keeps answering
 * queries, and switches in once caught up (ADR 26). Takes the rebuild lock without waiting, so
 * that of several processes starting together one rebuilds and the others answer `busy`, and
 * checks the versions again under it, so a read model is rebuilt once.
 */
export async function upgradeProjections(
  store: EventStore,
  pool: Pool,
  projections: readonly Projection[],
  options: UpgradeOptions = {},
): Promise<UpgradeOutcome> {
  const { older, newer } = await compareVersions(pool, projections);
  if (newer.length > 0) options.onNewer?.(newer);
  if (older.length === 0) return { kind: 'current' };
  const release = await acquireRebuildLock(pool).catch((error: unknown) => {
    if (error instanceof RebuildAlreadyRunningError) return null;
    throw error;
  });
  if (!release) return { kind: 'busy' };
  try {
    const outdated = (await compareVersions(pool, projections)).older;
    if (outdated.length === 0) return { kind: 'current' };
    options.onStart?.(outdated);
    const rebuilt = projections.filter((p) => outdated.some((o) => o.name === p.name));
    return { kind: 'rebuilt', outdated, result: await replayAndSwitch(store, pool, rebuilt, options) };
  } finally {
    await release();
  }
}

/** The active generations built by another version than today's definition, older and newer. */
export async function compareVersions(
  pool: Pool,
  projections: readonly Projection[],
): Promise<{ older: VersionMismatch[]; newer: VersionMismatch[] }> {
  const { rows } = await pool.query<{ projection: string; version: number }>(
    `SELECT projection, version FROM projection_generations WHERE active AND projection = ANY($1::text[])`,
    [projections.map((p) => p.name)],
  );
  const mismatches = rows.flatMap((row) => {
    const version = projections.find((p) => p.name === row.projection)?.version ?? row.version;
    return row.version === version ? [] : [{ name: row.projection, built: row.version, version }];
  });
  return { older: mismatches.filter((m) => m.built < m.version), newer: mismatches.filter((m) => m.built > m.version) };
}

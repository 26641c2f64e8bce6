import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Pool } from 'pg';

/** The key that signs stop links, made by the migration once per database. */
export async function stopLinkKey(pool: Pool): Promise<string> {
  const { rows } = await pool.query<{ value: string }>(
    `SELECT value FROM notification_settings WHERE name = 'stop-link-key'`,
  );
  if (!rows[0]) throw new Error('the notifications are not migrated: no stop-link key');
  return rows[0].value;
}

/** A token that names a person and proves we made it: only who received our mail can stop it. */
export function stopTokenOf(key: string, personId: string): string {
  const id = Buffer.from(personId, 'utf8').toString('base64url');
  return `${id}.${signature(key, personId)}`;
}

/** The person a token names, or `null` when it was not made with this key. */
export function personOfStopToken(key: string, token: string): string | null {
  const [id, given] = token.split('.');
  if (!id || !given) return null;
  const personId = Buffer.from(id, 'base64url').toString('utf8');
  const expected = Buffer.from(signature(key, personId));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? personId : null;
}

export function stopUrlOf(publicUrl: string, key: string, personId: string): string {
  const url = new URL('/werkruimte/berichten/afmelden', publicUrl);
  url.searchParams.set('t', stopTokenOf(key, personId));
  return url.toString();
}

/** Records that the person wants no more mail; later messages to them are dropped unsent. */
export async function optOut(pool: Pool, personId: string): Promise<void> {
  await pool.query('INSERT INTO notification_opt_outs (person_id) VALUES ($1) ON CONFLICT DO NOTHING', [personId]);
}

function signature(key: string, personId: string): string {
  return createHmac('sha256', key).update(`stop-mail:${personId}`).digest('base64url');
}

import type { PoolClient } from 'pg';
import type { BodyContext } from './notification-context';
import type { StaffReaction } from './reactions';

/**
 * The login `sub`s a staff reaction reaches, among those the directory has an address for:
 * the responsible official, the body's secretaries (by appointment or by the directory), and
 * whoever follows the trajectory or proposal. One person in several of these gets one message.
 */
export async function staffRecipientsOf(
  client: PoolClient,
  reaction: StaffReaction,
  body: BodyContext | null,
): Promise<string[]> {
  const named = [...(reaction.official ? [reaction.official] : []), ...(body?.secretaries.map((s) => s.subject) ?? [])];
  const { rows } = await client.query<{ subject: string }>(
    `SELECT r.subject FROM notification_recipients r
     WHERE r.subject = ANY($1::text[])
        OR ($2::text IS NOT NULL AND 'secretary' = ANY(r.roles) AND $2 = ANY(r.body_ids))
        OR EXISTS (SELECT 1 FROM notification_follows f, unnest($3::text[], $4::text[]) AS t(kind, id)
                   WHERE f.subject = r.subject AND f.topic_kind = t.kind AND f.topic_id = t.id)
     ORDER BY r.subject`,
    [
      named,
      reaction.secretariesOf ?? null,
      reaction.followersOf.map((t) => t.kind),
      reaction.followersOf.map((t) => t.id),
    ],
  );
  return rows.map((r) => r.subject);
}

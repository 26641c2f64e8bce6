import type { Pool } from 'pg';
import type { Topic } from './reactions';

/** Whether one person follows some topics: the pages' "Volgen" or "Niet meer volgen". */
export interface FollowingRequest {
  /** The login `sub` of the person asking. */
  readonly subject: string;
  readonly topics: readonly Topic[];
}

/** One topic as its follower sees it; `since` only while followed. */
export interface FollowingState {
  readonly topic: Topic;
  readonly following: boolean;
  readonly since?: Date;
}

/**
 * The person's state for each topic, in the order asked. The follows are written by the
 * follow commands themselves, not projected, so there is no position to wait for.
 */
export async function followingOf(pool: Pool, request: FollowingRequest): Promise<FollowingState[]> {
  if (request.topics.length === 0) return [];
  const { rows } = await pool.query<{ topic_kind: string; topic_id: string; followed_at: Date }>(
    `SELECT topic_kind, topic_id, followed_at FROM notification_follows
     WHERE subject = $1 AND (topic_kind, topic_id) IN (SELECT * FROM unnest($2::text[], $3::text[]))`,
    [request.subject, request.topics.map((t) => t.kind), request.topics.map((t) => t.id)],
  );
  const since = new Map(rows.map((row) => [`${row.topic_kind}\n${row.topic_id}`, row.followed_at]));
  return request.topics.map((topic) => {
    const followedAt = since.get(`${topic.kind}\n${topic.id}`);
    return followedAt === undefined ? { topic, following: false } : { topic, following: true, since: followedAt };
  });
}

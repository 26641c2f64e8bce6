import type { Pool } from 'pg';
import type { Topic } from './reactions';

/** Who follows which trajectory or council proposal; signed-in people choose it on the page. */
export class Follows {
  constructor(private readonly pool: Pool) {}

  async follow(subject: string, topic: Topic): Promise<void> {
    await this.pool.query(
      `INSERT INTO notification_follows (subject, topic_kind, topic_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [subject, topic.kind, topic.id],
    );
  }

  async unfollow(subject: string, topic: Topic): Promise<void> {
    await this.pool.query('DELETE FROM notification_follows WHERE subject = $1 AND topic_kind = $2 AND topic_id = $3', [
      subject,
      topic.kind,
      topic.id,
    ]);
  }

  async isFollowing(subject: string, topic: Topic): Promise<boolean> {
    const { rows } = await this.pool.query(
      'SELECT 1 FROM notification_follows WHERE subject = $1 AND topic_kind = $2 AND topic_id = $3',
      [subject, topic.kind, topic.id],
    );
    return rows.length > 0;
  }
}

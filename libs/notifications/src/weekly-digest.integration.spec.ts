import { keptTransport } from './mail-transport';
import { OutboxSender } from './outbox-sender';
import { ReactionProcessManager } from './process-manager';
import { RecipientDirectory } from './recipient-directory';
import { notificationDatabase, type NotificationDatabase } from './testing/notification-database';
import { bodyWithSecretary, storyIds, trajectoryToDecision } from './testing/notification-story';
import { gatherWeeklyDigests } from './weekly-digest';

const PUBLIC_URL = 'https://adviesraad.example.nl';

describe('the weekly digest', () => {
  let db: NotificationDatabase;
  beforeAll(async () => {
    db = await notificationDatabase('digest');
  });
  afterAll(() => db.close());

  it('gathers the week of a secretary who chose it into one message, once', async () => {
    const ids = storyIds(1);
    await new RecipientDirectory(db.pool).save({
      subject: ids.secretary,
      email: 'secretaris@voorbeeld.nl',
      roles: ['secretary'],
      bodyIds: [],
      weeklyDigest: true,
    });
    await db.append(bodyWithSecretary(ids));
    await db.append(trajectoryToDecision(ids));
    await new ReactionProcessManager(db.sealed, db.pool, { publicUrl: PUBLIC_URL }).catchUp();
    await new OutboxSender(db.pool, keptTransport(), db.keys, { publicUrl: PUBLIC_URL, from: 'x@y.nl' }).drain();
    const statuses = async (): Promise<string[]> =>
      (
        await db.pool.query<{ s: string }>(
          `SELECT kind || ':' || status AS s FROM notification_outbox WHERE recipient = $1 ORDER BY kind`,
          [ids.secretary],
        )
      ).rows.map((r) => r.s);
    expect(await statuses()).toEqual(['council-decided:held', 'proposal-attached:held', 'response-recorded:held']);

    const nextWeek = new Date(Date.now() + 7 * 24 * 3600 * 1000);
    expect(await gatherWeeklyDigests(db.pool, nextWeek, PUBLIC_URL)).toBe(1);
    expect(await gatherWeeklyDigests(db.pool, nextWeek, PUBLIC_URL)).toBe(0);
    await new OutboxSender(db.pool, keptTransport(), db.keys, { publicUrl: PUBLIC_URL, from: 'x@y.nl' }).drain();
    expect(await statuses()).toEqual([
      'council-decided:digested',
      'proposal-attached:digested',
      'response-recorded:digested',
      'weekly-digest:kept',
    ]);
    const { rows } = await db.pool.query<{ body: string }>(
      `SELECT body FROM notification_outbox WHERE kind = 'weekly-digest'`,
    );
    expect(rows[0]?.body).toContain('Besluit van de gemeenteraad over "Vervoer op maat"');
  });
});

import { remindOfDeadlines } from './deadline-tick';
import { remindOfConsultationNorms } from './norm-tick';
import { addDays, amsterdamDate } from './deadlines';
import { OutboxSender } from './outbox-sender';
import { RecipientDirectory } from './recipient-directory';
import { startNotifications } from './start-notifications';
import { notificationDatabase, type NotificationDatabase } from './testing/notification-database';
import { bodyWithSecretary, storyIds, trajectoryToDecision, type StoryIds } from './testing/notification-story';
import { startSmtpSink, type SmtpSink } from './testing/smtp-sink';

const PUBLIC_URL = 'https://adviesraad.example.nl';
const OPTIONS = { publicUrl: PUBLIC_URL, reminderDaysBefore: 7 };

describe('reminders of terms that expire without an event', () => {
  let db: NotificationDatabase;
  let smtp: SmtpSink;

  /** A trajectory whose advice was issued and whose college response is due on `responseDueOn`. */
  const awaitingResponse = async (n: number, responseDueOn: string): Promise<StoryIds> => {
    const ids = storyIds(n);
    await new RecipientDirectory(db.pool).save({
      subject: ids.official,
      email: `${ids.official}@voorbeeld.nl`,
      roles: ['official'],
      bodyIds: [],
      weeklyDigest: false,
    });
    await db.append(bodyWithSecretary(ids));
    await db.append(trajectoryToDecision(ids, { upTo: 'advice', responseDueOn }));
    await db.project();
    return ids;
  };

  const remindersFor = async (ids: StoryIds): Promise<string[]> =>
    (
      await db.pool.query<{ kind: string }>(
        `SELECT kind FROM notification_outbox WHERE recipient = $1 AND kind LIKE 'response-%' ORDER BY created_at, kind`,
        [ids.official],
      )
    ).rows.map((r) => r.kind);

  beforeAll(async () => {
    db = await notificationDatabase('deadlines');
    smtp = await startSmtpSink();
  });
  afterAll(async () => {
    await smtp.close();
    await db.close();
  });

  it('walks the whole register page by page, one recipient lookup per page', async () => {
    const stories = [await awaitingResponse(41, '2027-03-10'), await awaitingResponse(42, '2027-03-10')];
    const third = await awaitingResponse(43, '2027-03-10');
    await remindOfDeadlines(db.pool, new Date('2027-03-05T09:00:00Z'), { ...OPTIONS, pageSize: 1 });
    for (const ids of [...stories, third]) expect(await remindersFor(ids)).toEqual(['response-soon']);
  });

  it('reminds the official the configured number of days before, and on the day itself', async () => {
    const ids = await awaitingResponse(1, '2026-12-20');
    await remindOfDeadlines(db.pool, new Date('2026-12-12T09:00:00Z'), OPTIONS);
    expect(await remindersFor(ids)).toEqual([]);
    await remindOfDeadlines(db.pool, new Date('2026-12-13T09:00:00Z'), OPTIONS);
    await remindOfDeadlines(db.pool, new Date('2026-12-14T09:00:00Z'), OPTIONS);
    expect(await remindersFor(ids)).toEqual(['response-soon']);
    await remindOfDeadlines(db.pool, new Date('2026-12-20T09:00:00Z'), OPTIONS);
    await remindOfDeadlines(db.pool, new Date('2026-12-21T09:00:00Z'), OPTIONS);
    expect(await remindersFor(ids)).toEqual(['response-soon', 'response-due', 'response-overdue']);
  });

  it('sends one reminder, the one that matters now, for moments that passed while the process was stopped', async () => {
    const ids = await awaitingResponse(2, '2026-11-10');
    await remindOfDeadlines(db.pool, new Date('2026-12-01T09:00:00Z'), OPTIONS);
    await remindOfDeadlines(db.pool, new Date('2026-12-02T09:00:00Z'), OPTIONS);
    expect(await remindersFor(ids)).toEqual(['response-overdue']);
  });

  it('reminds nobody once the college has responded', async () => {
    const ids = storyIds(3);
    await db.append(bodyWithSecretary(ids));
    await db.append(trajectoryToDecision(ids, { responseDueOn: '2026-11-10' }));
    await db.project();
    await remindOfDeadlines(db.pool, new Date('2026-12-01T09:00:00Z'), OPTIONS);
    expect(await remindersFor(ids)).toEqual([]);
  });

  it('sends a reminder whose moment passed while stopped once at start, and not again after a restart', async () => {
    const today = amsterdamDate(new Date());
    const ids = await awaitingResponse(4, addDays(today, -3));
    const config = {
      ...OPTIONS,
      normReminderDaysBefore: 30,
      smtpUrl: smtp.url,
      from: 'noreply@adviesraad.example.nl',
      tickMs: 60_000,
    };
    const storage = { sealedEventStore: db.sealed, database: db.pool, personKeys: db.keys };
    const late = (m: { to: string; subject: string }): boolean =>
      m.to === `${ids.official}@voorbeeld.nl` && m.subject.startsWith('Reactie op advies te laat');
    const first = startNotifications(storage, config, (error) => {
      throw error;
    });
    expect(await smtp.waitForMatch(late)).toHaveLength(1);
    await first.stop();
    const second = startNotifications(storage, config, (error) => {
      throw error;
    });
    await second.stop();
    await remindOfDeadlines(db.pool, new Date(), OPTIONS);
    await new OutboxSender(db.pool, smtp.transport(), db.keys, {
      publicUrl: PUBLIC_URL,
      from: 'x@y.nl',
    }).drain();
    expect(smtp.received.filter(late).map((m) => m.subject)).toEqual([
      'Reactie op advies te laat over "Vervoer op maat"',
    ]);
  });

  describe('the alderman consultation norm', () => {
    const NORM_OPTIONS = { publicUrl: PUBLIC_URL, normReminderDaysBefore: 30 };
    const year = Number(amsterdamDate(new Date()).slice(0, 4));

    it("reminds the body's secretary before the year ends and once it ended short of the norm, once each, in Dutch with a link", async () => {
      const ids = storyIds(20);
      await new RecipientDirectory(db.pool).save({
        subject: ids.secretary,
        email: `${ids.secretary}@voorbeeld.nl`,
        roles: ['secretary'],
        bodyIds: [ids.bodyId],
        weeklyDigest: false,
      });
      await db.append(bodyWithSecretary(ids));
      await db.project();
      const toSecretary = async (): Promise<{ kind: string; subject: string; body: string }[]> =>
        (
          await db.pool.query<{ kind: string; subject: string; body: string }>(
            `SELECT kind, subject, body FROM notification_outbox
             WHERE recipient = $1 AND kind LIKE 'consultation-norm-%' ORDER BY created_at, kind`,
            [ids.secretary],
          )
        ).rows;

      await remindOfConsultationNorms(db.pool, new Date(`${year}-11-30T09:00:00Z`), NORM_OPTIONS);
      expect(await toSecretary()).toEqual([]);
      await remindOfConsultationNorms(db.pool, new Date(`${year}-12-02T09:00:00Z`), NORM_OPTIONS);
      await remindOfConsultationNorms(db.pool, new Date(`${year}-12-20T09:00:00Z`), NORM_OPTIONS);
      await remindOfConsultationNorms(db.pool, new Date(`${year + 1}-01-03T09:00:00Z`), NORM_OPTIONS);
      await remindOfConsultationNorms(db.pool, new Date(`${year + 1}-01-04T09:00:00Z`), NORM_OPTIONS);

      const reminders = await toSecretary();
      expect(reminders.map((r) => r.kind)).toEqual(['consultation-norm-soon', 'consultation-norm-missed']);
      expect(reminders.map((r) => r.subject)).toEqual([
        `Nog te weinig overleg met de wethouder in ${year}`,
        `Te weinig overleg met de wethouder in ${year}`,
      ]);
      expect(reminders[0]?.body).toContain('Adviesraad Sociaal Domein heeft in');
      expect(reminders[0]?.body).toContain(`${PUBLIC_URL}/werkruimte/organen/${ids.bodyId}#overleg`);
    });
  });
});

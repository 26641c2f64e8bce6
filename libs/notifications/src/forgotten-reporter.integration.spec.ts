import { OutboxSender } from './outbox-sender';
import { ReactionProcessManager } from './process-manager';
import { optOut, personOfStopToken, stopLinkKey } from './stop-link';
import { notificationDatabase, type NotificationDatabase } from './testing/notification-database';
import { bodyWithSecretary, signalClosed, signalWithReporter, storyIds } from './testing/notification-story';
import { startSmtpSink, type SmtpSink } from './testing/smtp-sink';

const PUBLIC_URL = 'https://adviesraad.example.nl';
const NOTIFICATION_TABLES = [
  'notification_outbox',
  'notification_context',
  'notification_recipients',
  'notification_follows',
  'notification_opt_outs',
];

describe("a reporter's address", () => {
  let db: NotificationDatabase;
  let smtp: SmtpSink;
  let reactions: ReactionProcessManager;
  const send = (): Promise<void> =>
    new OutboxSender(db.pool, smtp.transport(), db.keys, {
      publicUrl: PUBLIC_URL,
      from: 'x@adviesraad.nl',
    }).drain();

  /** Every row of the notifications' tables as text: where an address would show if it were kept. */
  const everything = async (): Promise<string> => {
    const texts = await Promise.all(
      NOTIFICATION_TABLES.map(async (table) => JSON.stringify((await db.pool.query(`SELECT * FROM ${table}`)).rows)),
    );
    return texts.join('\n');
  };

  beforeAll(async () => {
    db = await notificationDatabase('forgotten');
    smtp = await startSmtpSink();
    reactions = new ReactionProcessManager(db.sealed, db.pool, { publicUrl: PUBLIC_URL });
  });
  afterAll(async () => {
    await smtp.close();
    await db.close();
  });

  it('is never held in the clear while its messages wait', async () => {
    const ids = storyIds(1);
    await db.append(bodyWithSecretary(ids));
    await db.append(signalWithReporter(ids, 'w.zonneveld@voorbeeld.nl', true));
    await reactions.catchUp();
    expect(await everything()).not.toContain('zonneveld');
  });

  describe('after ForgetPerson', () => {
    it('receives nothing more, and is nowhere in the notifications', async () => {
      const ids = storyIds(2);
      await db.append(bodyWithSecretary(ids));
      await db.append(signalWithReporter(ids, 'j.devries@voorbeeld.nl', true));
      await reactions.catchUp();
      await db.keys.forget(ids.reporterId);
      await db.append(signalClosed(ids));
      await reactions.catchUp();
      await send();
      expect(smtp.received.filter((m) => m.to.includes('devries'))).toEqual([]);
      expect(await everything()).not.toContain('devries');
      const { rows } = await db.pool.query(
        `SELECT status, last_error, sealed_address FROM notification_outbox WHERE recipient = $1`,
        [ids.reporterId],
      );
      expect(rows).toEqual([
        { status: 'dropped', last_error: 'forgotten', sealed_address: null },
        { status: 'dropped', last_error: 'forgotten', sealed_address: null },
      ]);
    });
  });

  describe('with the stop link followed', () => {
    it('receives no further mail', async () => {
      const ids = storyIds(3);
      await db.append(bodyWithSecretary(ids));
      await db.append(signalWithReporter(ids, 'p.bakker@voorbeeld.nl', true));
      await reactions.catchUp();
      await send();
      const [assessed] = smtp.received.filter((m) => m.to === 'p.bakker@voorbeeld.nl');
      const token = new URL(/https:\S+afmelden\S+/.exec(assessed?.text ?? '')?.[0] ?? PUBLIC_URL).searchParams.get('t');
      const personId = personOfStopToken(await stopLinkKey(db.pool), token ?? '');
      expect(personId).toBe(ids.reporterId);
      await optOut(db.pool, personId ?? '');
      await db.append(signalClosed(ids));
      await reactions.catchUp();
      await send();
      expect(smtp.received.filter((m) => m.to === 'p.bakker@voorbeeld.nl').map((m) => m.subject)).toEqual([
        'Uw signaal is bekeken',
      ]);
    });

    it('is refused when the token was not made by us', async () => {
      const key = await stopLinkKey(db.pool);
      const forged = `${Buffer.from('someone-else').toString('base64url')}.bm90LWEtc2lnbmF0dXJl`;
      expect(personOfStopToken(key, forged)).toBeNull();
    });
  });
});

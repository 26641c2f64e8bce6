import { keptTransport } from './mail-transport';
import { OutboxSender, type OutboxSenderOptions, type SenderFaultPoint } from './outbox-sender';
import { ReactionProcessManager } from './process-manager';
import { RecipientDirectory } from './recipient-directory';
import { Follows } from './follows';
import { notificationDatabase, type NotificationDatabase } from './testing/notification-database';
import {
  bodyWithSecretary,
  signalClosed,
  signalWithReporter,
  storyIds,
  trajectoryToDecision,
  type StoryIds,
} from './testing/notification-story';
import { startSmtpSink, type SmtpSink } from './testing/smtp-sink';

const PUBLIC_URL = 'https://adviesraad.example.nl';
const SENDER: Omit<OutboxSenderOptions, 'fault'> = {
  publicUrl: PUBLIC_URL,
  from: 'Adviesraad <noreply@adviesraad.example.nl>',
  retryBaseMs: 1,
};

/** The address a story's staff and reporter are written to. */
const addressOf = (who: string): string => `${who}@voorbeeld.nl`;

describe('notifications from events', () => {
  let db: NotificationDatabase;
  let smtp: SmtpSink;
  let reactions: ReactionProcessManager;

  const sender = (fault?: OutboxSenderOptions['fault'], leaseMs = 0): OutboxSender =>
    new OutboxSender(db.pool, smtp.transport(), db.keys, {
      ...SENDER,
      leaseMs,
      concurrency: 1,
      ...(fault ? { fault } : {}),
    });

  /** A whole story with its staff in the directory; answers its ids. */
  const tellStory = async (n: number): Promise<StoryIds> => {
    const ids = storyIds(n);
    const directory = new RecipientDirectory(db.pool);
    for (const subject of [ids.secretary, ids.official]) {
      await directory.save({ subject, email: addressOf(subject), roles: [], bodyIds: [], weeklyDigest: false });
    }
    await db.append(bodyWithSecretary(ids));
    await db.append(signalWithReporter(ids, addressOf(`reporter-${n}`), true));
    await db.append(trajectoryToDecision(ids));
    await db.append(signalClosed(ids));
    await reactions.catchUp();
    return ids;
  };

  const mailsTo = (who: string): string[] => smtp.received.filter((m) => m.to === addressOf(who)).map((m) => m.subject);

  beforeAll(async () => {
    db = await notificationDatabase('notifications');
    smtp = await startSmtpSink();
    reactions = new ReactionProcessManager(db.sealed, db.pool, { publicUrl: PUBLIC_URL });
  });
  afterAll(async () => {
    await smtp.close();
    await db.close();
  });

  describe('a story from signal to council decision', () => {
    let ids: StoryIds;
    beforeAll(async () => {
      ids = await tellStory(1);
      await sender().drain();
    });

    it('tells the responsible official that advice was issued', () => {
      expect(mailsTo(ids.official)).toEqual(['Advies uitgebracht over "Vervoer op maat"']);
    });

    it("tells the body's secretary of the response, the proposal and the council's decision", () => {
      expect(mailsTo(ids.secretary).sort()).toEqual(
        [
          'Reactie van het college over "Vervoer op maat"',
          'Advies bij raadsvoorstel RV-2026-7',
          'Besluit van de gemeenteraad over "Vervoer op maat"',
        ].sort(),
      );
    });

    it('tells the reporter who asked to hear back at each step, with a stop link', () => {
      const toReporter = smtp.received.filter((m) => m.to === addressOf('reporter-1'));
      expect(toReporter.map((m) => m.subject)).toEqual([
        'Uw signaal is bekeken',
        'Uw signaal wordt gebruikt in een advies',
        'Uw signaal is afgerond',
      ]);
      toReporter.forEach((m) => expect(m.text).toContain(`${PUBLIC_URL}/werkruimte/berichten/afmelden?t=`));
    });

    it('links every message to its page and derives its Message-ID from the outbox id', async () => {
      const { rows } = await db.pool.query<{ id: string }>(`SELECT id FROM notification_outbox WHERE status = 'sent'`);
      expect(smtp.received.map((m) => m.messageId).sort()).toEqual(
        rows.map((r) => `<${r.id}@adviesraad.example.nl>`).sort(),
      );
      expect(mailsTo(ids.official)).toHaveLength(1);
      expect(smtp.received.find((m) => m.to === addressOf(ids.official))?.text).toContain(
        `${PUBLIC_URL}/trajecten/${ids.trajectoryId}`,
      );
    });

    it('writes nothing new when the same events are read again', async () => {
      const before = smtp.received.length;
      await db.pool.query(`UPDATE notification_checkpoints SET position = -1`);
      await reactions.catchUp();
      await sender().drain();
      expect(smtp.received.length).toBe(before);
    });
  });

  describe('someone who follows a trajectory', () => {
    it('hears of its advice, response, proposal and decision', async () => {
      const ids = storyIds(2);
      await new RecipientDirectory(db.pool).save({
        subject: 'raadslid-2',
        email: addressOf('raadslid-2'),
        roles: ['council-member'],
        bodyIds: [],
        weeklyDigest: false,
      });
      await new Follows(db.pool).follow('raadslid-2', { kind: 'trajectory', id: ids.trajectoryId });
      await tellStory(2);
      await sender().drain();
      expect(mailsTo('raadslid-2')).toHaveLength(4);
    });
  });

  describe('when the sender dies', () => {
    /** Stories told so far in this block; each crash case tells one of its own. */
    let story = 10;

    const crashCase = async (point: SenderFaultPoint, at: number) => {
      story += 1;
      const before = smtp.received.length;
      await tellStory(story);
      const { rows } = await db.pool.query<{ id: string }>(
        `SELECT id FROM notification_outbox WHERE status = 'pending' ORDER BY id`,
      );
      let seen = 0;
      const crashing = sender((faultPoint) => {
        if (faultPoint === point && (seen += 1) === at) throw new Error(`crash at ${point} #${at}`);
      });
      await expect(crashing.drain()).rejects.toThrow('crash');
      await sender().drain();
      const arrived = smtp.received.slice(before).map((m) => m.messageId);
      const expected = rows.map((r) => `<${r.id}@adviesraad.example.nl>`);
      return { arrived, expected };
    };

    it.each([1, 2, 5])(
      'after claiming message %i and before handing it over, a restart sends each once',
      async (at) => {
        const { arrived, expected } = await crashCase('claimed', at);
        expect(arrived.sort()).toEqual(expected.sort());
      },
    );

    it.each([1, 3, 6])(
      'after the server accepted message %i and before marking it, a restart loses none and repeats only that one, with its Message-ID',
      async (at) => {
        const { arrived, expected } = await crashCase('accepted', at);
        expect(new Set(arrived)).toEqual(new Set(expected));
        const twice = arrived.filter((id, i) => arrived.indexOf(id) !== i);
        expect(twice).toHaveLength(1);
      },
    );

    it('between writing the outbox and the checkpoint, a failed batch writes nothing and the retry writes each once', async () => {
      const ids = storyIds(30);
      const directory = new RecipientDirectory(db.pool);
      for (const subject of [ids.secretary, ids.official]) {
        await directory.save({ subject, email: addressOf(subject), roles: [], bodyIds: [], weeklyDigest: false });
      }
      await db.append(bodyWithSecretary(ids));
      const failing = new ReactionProcessManager(db.sealed, db.pool, {
        publicUrl: PUBLIC_URL,
        fault: () => {
          throw new Error('crash after writing the outbox');
        },
      });
      await db.append(trajectoryToDecision(ids));
      const written = async (): Promise<string[]> =>
        (
          await db.pool.query<{ kind: string }>(
            `SELECT kind FROM notification_outbox WHERE recipient = ANY($1) ORDER BY kind`,
            [[ids.secretary, ids.official]],
          )
        ).rows.map((r) => r.kind);
      await expect(failing.runOnce()).rejects.toThrow('crash');
      expect(await written()).toEqual([]);
      await reactions.catchUp();
      await reactions.catchUp();
      expect(await written()).toEqual(['advice-issued', 'council-decided', 'proposal-attached', 'response-recorded']);
    });
  });

  describe('a reporter who did not agree to hear by e-mail', () => {
    it('gets nothing, and nothing of their address stays', async () => {
      const ids = storyIds(40);
      await db.append(bodyWithSecretary(ids));
      await db.append(signalWithReporter(ids, addressOf('reporter-40'), false));
      await db.append(signalClosed(ids));
      await reactions.catchUp();
      await sender().drain();
      expect(mailsTo('reporter-40')).toEqual([]);
      const { rows } = await db.pool.query(
        `SELECT status, sealed_address FROM notification_outbox WHERE recipient = $1`,
        [ids.reporterId],
      );
      expect(rows).toEqual([
        { status: 'dropped', sealed_address: null },
        { status: 'dropped', sealed_address: null },
      ]);
    });
  });
});

describe('messages kept on the embedded default', () => {
  it('are marked kept, without a mail server', async () => {
    const db = await notificationDatabase('kept');
    try {
      const ids = storyIds(50);
      await new RecipientDirectory(db.pool).save({
        subject: ids.official,
        email: addressOf(ids.official),
        roles: [],
        bodyIds: [],
        weeklyDigest: false,
      });
      await db.append(bodyWithSecretary(ids));
      await db.append(trajectoryToDecision(ids, { upTo: 'advice' }));
      await new ReactionProcessManager(db.sealed, db.pool, { publicUrl: PUBLIC_URL }).catchUp();
      await new OutboxSender(db.pool, keptTransport(), db.keys, SENDER).drain();
      const { rows } = await db.pool.query(`SELECT kind, status FROM notification_outbox`);
      expect(rows).toEqual([{ kind: 'advice-issued', status: 'kept' }]);
    } finally {
      await db.close();
    }
  });
});

import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { smtpTransport, type MailTransport } from '../mail-transport';

/** A message as the SMTP server received it, read back with mailparser. */
export interface ReceivedMail {
  readonly messageId: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** A real SMTP server started by the test run, keeping everything it accepts, in order. */
export interface SmtpSink {
  readonly url: string;
  readonly received: ReceivedMail[];
  /** Resolves once at least `count` messages have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Resolves once some message `matches`; answers those that do. */
  waitForMatch(matches: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** A transport to this server, closed with it. */
  transport(): MailTransport;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const transports: MailTransport[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
          received.push({ messageId: mail.messageId ?? '', to, subject: mail.subject ?? '', text: mail.text ?? '' });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    waitFor: async (count, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      return received;
    },
    waitForMatch: async (matches, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      while (!received.some(matches) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      return received.filter(matches);
    },
    transport: () => {
      const transport = smtpTransport(`smtp://127.0.0.1:${port}`);
      transports.push(transport);
      return transport;
    },
    close: () => {
      transports.forEach((t) => t.close());
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

import { createTransport } from 'nodemailer';

/** One message as it leaves: the address opened just now, the Message-ID derived from the outbox id. */
export interface OutgoingMail {
  readonly messageId: string;
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** Where messages go: an SMTP server, or nowhere but the outbox itself (the embedded default). */
export interface MailTransport {
  /** `kept` when the outbox is the mailbox: the admin reads them on `/werkruimte/berichten`. */
  readonly delivery: 'smtp' | 'kept';
  /** Resolves once the server accepted the message; rejects when it did not. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * SMTP through nodemailer over a few pooled connections, so a busy outbox does not open one
 * per message; `smtpUrl` as nodemailer reads it (smtp://, smtps://; its query may override).
 */
export function smtpTransport(smtpUrl: string): MailTransport {
  const url = new URL(smtpUrl);
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
  if (!url.searchParams.has('maxConnections')) url.searchParams.set('maxConnections', '4');
  const transporter = createTransport(url.toString());
  return {
    delivery: 'smtp',
    send: async (mail) => {
      await transporter.sendMail({
        messageId: mail.messageId,
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
      });
    },
    close: () => transporter.close(),
  };
}

/** Keeps messages in the outbox, marked `kept`, so a newcomer without a mail server sees them. */
export function keptTransport(): MailTransport {
  return { delivery: 'kept', send: () => Promise.resolve(), close: () => undefined };
}

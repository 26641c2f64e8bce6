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

/** SMTP through nodemailer, one pooled connection; `smtpUrl` as nodemailer reads it (smtp://, smtps://). */
export function smtpTransport(smtpUrl: string): MailTransport {
  const transporter = createTransport(smtpUrl);
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

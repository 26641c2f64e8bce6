import type { Pool, PoolClient } from 'pg';

/** A staff member the notifications can write to, by their login `sub`. */
export interface Recipient {
  readonly subject: string;
  readonly email: string;
  readonly displayName?: string;
  readonly roles: readonly string[];
  /** Bodies whose secretary they are, beyond those their appointment as member names. */
  readonly bodyIds: readonly string[];
  /** One mail a week with what happened, instead of a mail per event. */
  readonly weeklyDigest: boolean;
}

/** What a sign-in knows of the caller: the identity provider's claims. */
export interface SignedInClaims {
  readonly sub: string;
  readonly email?: string;
  readonly name?: string;
  readonly roles?: readonly string[];
}

interface RecipientRow {
  subject: string;
  email: string;
  display_name: string | null;
  roles: string[];
  body_ids: string[];
  weekly_digest: boolean;
}

/**
 * Staff e-mail addresses by login `sub`, kept in PostgreSQL: filled at each sign-in from the
 * identity provider's claims ({@link RecipientDirectory.rememberSignedIn}) and by an admin.
 */
export class RecipientDirectory {
  constructor(private readonly pool: Pool | PoolClient) {}

  /** Adds or replaces a recipient; the digest choice and bodies are replaced too. */
  async save(recipient: Recipient): Promise<void> {
    await this.pool.query(
      `INSERT INTO notification_recipients (subject, email, display_name, roles, body_ids, weekly_digest, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, now())
       ON CONFLICT (subject) DO UPDATE SET email = $2, display_name = $3, roles = $4, body_ids = $5,
         weekly_digest = $6, updated_at = now()`,
      [
        recipient.subject,
        recipient.email,
        recipient.displayName ?? null,
        recipient.roles,
        recipient.bodyIds,
        recipient.weeklyDigest,
      ],
    );
  }

  /**
   * Records the address a sign-in brought, keeping the digest choice and bodies already set.
   * A sign-in without an e-mail claim changes nothing. For the sessions' sign-in callback.
   */
  async rememberSignedIn(claims: SignedInClaims): Promise<void> {
    if (!claims.email) return;
    await this.pool.query(
      `INSERT INTO notification_recipients (subject, email, display_name, roles, updated_at)
       VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (subject) DO UPDATE SET email = $2, display_name = COALESCE($3, notification_recipients.display_name),
         roles = CASE WHEN cardinality($4::text[]) > 0 THEN $4 ELSE notification_recipients.roles END, updated_at = now()`,
      [claims.sub, claims.email, claims.name ?? null, claims.roles ?? []],
    );
  }

  async setWeeklyDigest(subject: string, weeklyDigest: boolean): Promise<void> {
    await this.pool.query('UPDATE notification_recipients SET weekly_digest = $2 WHERE subject = $1', [
      subject,
      weeklyDigest,
    ]);
  }

  async find(subject: string): Promise<Recipient | null> {
    const { rows } = await this.pool.query<RecipientRow>('SELECT * FROM notification_recipients WHERE subject = $1', [
      subject,
    ]);
    return rows[0] ? recipientOf(rows[0]) : null;
  }

  async list(): Promise<Recipient[]> {
    const { rows } = await this.pool.query<RecipientRow>('SELECT * FROM notification_recipients ORDER BY subject');
    return rows.map(recipientOf);
  }
}

function recipientOf(row: RecipientRow): Recipient {
  return {
    subject: row.subject,
    email: row.email,
    ...(row.display_name ? { displayName: row.display_name } : {}),
    roles: row.roles,
    bodyIds: row.body_ids,
    weeklyDigest: row.weekly_digest,
  };
}

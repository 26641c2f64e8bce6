import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { Principal } from '#application';

/** How long a session lives: unused for `idleMs`, or `absoluteMs` after sign-in, it is over. */
export interface SessionLimits {
  readonly idleMs: number;
  readonly absoluteMs: number;
}

/** How the visitor signed in: the identity provider, or the embedded default's local sign-in. */
export type SignInMethod = 'oidc' | 'local';

export interface NewSession {
  readonly principal: Principal;
  readonly method: SignInMethod;
  /** The provider's ID token, kept to end the session there too (RP-initiated logout). */
  readonly idTokenHint?: string;
  readonly now: Date;
}

/** What the browser gets: the cookie's secret. Only its hash is stored. */
export interface OpenedSession {
  readonly secret: string;
  readonly handle: string;
}

export interface ActiveSession {
  readonly handle: string;
  readonly principal: Principal;
  readonly method: SignInMethod;
  /** Bound to this session: every form of this session echoes it, no other session's does. */
  readonly csrfToken: string;
  readonly idTokenHint?: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

/** A session as an admin sees it: no secret, no token. */
export interface SessionSummary {
  readonly handle: string;
  readonly subject: string;
  readonly method: SignInMethod;
  readonly createdAt: Date;
  readonly lastSeenAt: Date;
  /** When it ends unless used again before then. */
  readonly idleUntil: Date;
  /** When it ends however much it is used. */
  readonly expiresAt: Date;
}

/** The store of the pages' sessions; the web layer knows it by this type only. */
export interface Sessions {
  readonly limits: SessionLimits;
  open(session: NewSession): Promise<OpenedSession>;
  /** The live session behind a cookie secret, its idle clock restarted; undefined once over. */
  resolve(secret: string, now: Date): Promise<ActiveSession | undefined>;
  /** Ends the session behind a cookie secret (sign-out); the ended session, if it was live. */
  end(secret: string, now: Date): Promise<ActiveSession | undefined>;
  /**
   * A user's live sessions, newest first: those signed in for one of the municipalities
   * `within` (the admin's own), so an admin never sees another municipality's staff.
   */
  listActive(subject: string, now: Date, within: readonly string[]): Promise<SessionSummary[]>;
  /** Ends a session by its handle (an admin's revocation, `within` their municipalities); whether a live one was ended. */
  revoke(handle: string, revokedBy: string, now: Date, within: readonly string[]): Promise<boolean>;
}

interface SessionRow {
  handle: string;
  subject: string;
  roles: string[];
  municipalities: string[];
  csrf_token: string;
  method: SignInMethod;
  id_token_hint: string | null;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
}

/**
 * How long an ended session's row is kept: long enough for an admin or auditor to see who was
 * signed in and who revoked what, short enough that the table does not grow without end.
 */
export const ENDED_SESSION_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

const LIVE = `revoked_at IS NULL AND expires_at > $2 AND last_seen_at > $2 - make_interval(secs => $3::float8 / 1000)`;

/** Sessions in PostgreSQL (`web_sessions`), so every replica sees a sign-out at once. */
export class PostgresSessions implements Sessions {
  constructor(
    private readonly pool: Pool,
    readonly limits: SessionLimits,
  ) {}

  async open({ principal, method, idTokenHint, now }: NewSession): Promise<OpenedSession> {
    const secret = randomBytes(32).toString('base64url');
    const handle = randomUUID();
    // Sign-ins are rare and every session has ended by its absolute lifetime, so each sign-in
    // clears the rows that ended longer ago than the retention, in the same round trip.
    await this.pool.query(
      `WITH purged AS (DELETE FROM web_sessions WHERE expires_at < $11)
       INSERT INTO web_sessions (secret_hash, handle, subject, roles, municipalities, csrf_token, method,
         id_token_hint, created_at, last_seen_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10)`,
      [
        hashOf(secret),
        handle,
        principal.id,
        [...principal.roles],
        [...principal.municipalities],
        randomBytes(32).toString('base64url'),
        method,
        idTokenHint ?? null,
        now,
        new Date(now.getTime() + this.limits.absoluteMs),
        new Date(now.getTime() - ENDED_SESSION_RETENTION_MS),
      ],
    );
    return { secret, handle };
  }

  async resolve(secret: string, now: Date): Promise<ActiveSession | undefined> {
    const { rows } = await this.pool.query<SessionRow>(
      `UPDATE web_sessions SET last_seen_at = greatest(last_seen_at, $2) WHERE secret_hash = $1 AND ${LIVE}
       RETURNING *`,
      [hashOf(secret), now, this.limits.idleMs],
    );
    return rows[0] && activeOf(rows[0]);
  }

  async end(secret: string, now: Date): Promise<ActiveSession | undefined> {
    const { rows } = await this.pool.query<SessionRow>(
      `UPDATE web_sessions SET revoked_at = $2, revoked_by = subject WHERE secret_hash = $1 AND ${LIVE}
       RETURNING *`,
      [hashOf(secret), now, this.limits.idleMs],
    );
    return rows[0] && activeOf(rows[0]);
  }

  async listActive(subject: string, now: Date, within: readonly string[]): Promise<SessionSummary[]> {
    const { rows } = await this.pool.query<SessionRow>(
      `SELECT * FROM web_sessions WHERE subject = $1 AND ${LIVE} AND municipalities && $4::text[]
       ORDER BY created_at DESC, handle`,
      [subject, now, this.limits.idleMs, [...within]],
    );
    return rows.map((row) => ({
      handle: row.handle,
      subject: row.subject,
      method: row.method,
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
      idleUntil: new Date(Math.min(row.last_seen_at.getTime() + this.limits.idleMs, row.expires_at.getTime())),
      expiresAt: row.expires_at,
    }));
  }

  async revoke(handle: string, revokedBy: string, now: Date, within: readonly string[]): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE web_sessions SET revoked_at = $2, revoked_by = $4
       WHERE handle = $1 AND ${LIVE} AND municipalities && $5::text[]`,
      [handle, now, this.limits.idleMs, revokedBy, [...within]],
    );
    return (rowCount ?? 0) > 0;
  }
}

function hashOf(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

function activeOf(row: SessionRow): ActiveSession {
  return {
    handle: row.handle,
    principal: { id: row.subject, roles: row.roles as Principal['roles'], municipalities: row.municipalities },
    method: row.method,
    csrfToken: row.csrf_token,
    ...(row.id_token_hint === null ? {} : { idTokenHint: row.id_token_hint }),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

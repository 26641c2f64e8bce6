import { Pool } from 'pg';
import type { Principal } from '#application';
import { createTestDatabase } from '#testing';
import { migrateSessions } from './migrate-sessions';
import { ENDED_SESSION_RETENTION_MS, PostgresSessions } from './session-store';

const MINUTE = 60_000;
const RETENTION_MINUTES = ENDED_SESSION_RETENTION_MS / MINUTE;
const official: Principal = { id: 'official-1', roles: ['official'], municipalities: ['GM0375'] };
const at = (minutes: number): Date => new Date(Date.UTC(2026, 11, 7, 9, 0) + minutes * MINUTE);

describe('the pages’ sessions in PostgreSQL', () => {
  let pool: Pool;
  let sessions: PostgresSessions;

  beforeAll(async () => {
    const url = await createTestDatabase('web-sessions');
    await migrateSessions(url);
    await migrateSessions(url);
    pool = new Pool({ connectionString: url });
    // Thirty minutes idle, eight hours in all.
    sessions = new PostgresSessions(pool, { idleMs: 30 * MINUTE, absoluteMs: 8 * 60 * MINUTE });
  });
  afterAll(() => pool.end());

  it('answers the signed-in principal for the secret it handed out, with a CSRF token of its own', async () => {
    const { secret } = await sessions.open({
      principal: official,
      method: 'oidc',
      idTokenHint: 'id.token',
      now: at(0),
    });
    const other = await sessions.open({ principal: official, method: 'oidc', now: at(0) });
    const session = await sessions.resolve(secret, at(1));
    expect(session).toMatchObject({ principal: official, method: 'oidc', idTokenHint: 'id.token' });
    expect(session?.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session?.csrfToken).not.toBe((await sessions.resolve(other.secret, at(1)))?.csrfToken);
  });

  it('stores no secret a reader of the table could sign in with', async () => {
    const { secret } = await sessions.open({ principal: official, method: 'local', now: at(0) });
    const { rows } = await pool.query<Record<string, unknown>>('SELECT * FROM web_sessions');
    expect(JSON.stringify(rows)).not.toContain(secret);
  });

  it('knows no made-up secret', async () => {
    expect(await sessions.resolve('made-up', at(0))).toBeUndefined();
  });

  describe('idle timeout', () => {
    it('ends a session left unused for longer than the idle limit', async () => {
      const { secret } = await sessions.open({ principal: official, method: 'oidc', now: at(0) });
      expect(await sessions.resolve(secret, at(31))).toBeUndefined();
      expect(await sessions.resolve(secret, at(32))).toBeUndefined();
    });

    it('keeps a session alive as long as it is used within the idle limit', async () => {
      const { secret } = await sessions.open({ principal: official, method: 'oidc', now: at(0) });
      for (const minute of [25, 50, 75, 100]) expect(await sessions.resolve(secret, at(minute))).toBeDefined();
    });
  });

  describe('absolute lifetime', () => {
    it('ends a session at its absolute lifetime however busy it is', async () => {
      const { secret } = await sessions.open({ principal: official, method: 'oidc', now: at(0) });
      for (let minute = 20; minute < 480; minute += 20) await sessions.resolve(secret, at(minute));
      expect(await sessions.resolve(secret, at(479))).toBeDefined();
      expect(await sessions.resolve(secret, at(481))).toBeUndefined();
    });
  });

  describe('ended sessions', () => {
    it('keeps an ended session for the retention, then the next sign-in clears it', async () => {
      const user: Principal = { id: 'retired-1', roles: ['official'], municipalities: ['GM0375'] };
      const old = await sessions.open({ principal: user, method: 'oidc', now: at(0) });
      await sessions.end(old.secret, at(1));
      const rowsOf = async (): Promise<number> =>
        (await pool.query('SELECT 1 FROM web_sessions WHERE subject = $1', ['retired-1'])).rowCount ?? 0;
      const afterLifetime = 480 + 1;
      await sessions.open({ principal: official, method: 'oidc', now: at(afterLifetime) });
      expect(await rowsOf()).toBe(1);
      await sessions.open({ principal: official, method: 'oidc', now: at(afterLifetime + RETENTION_MINUTES) });
      expect(await rowsOf()).toBe(0);
    });
  });

  describe('sign-out and revocation', () => {
    it('ends the session on sign-out, handing back its ID token for the provider', async () => {
      const { secret } = await sessions.open({ principal: official, method: 'oidc', idTokenHint: 'hint', now: at(0) });
      expect(await sessions.end(secret, at(1))).toMatchObject({ idTokenHint: 'hint' });
      expect(await sessions.resolve(secret, at(2))).toBeUndefined();
      expect(await sessions.end(secret, at(3))).toBeUndefined();
    });

    it("lists a user's live sessions for an admin, and ends the one the admin revokes", async () => {
      const user: Principal = { id: 'council-9', roles: ['council-member'], municipalities: ['GM0375'] };
      const first = await sessions.open({ principal: user, method: 'oidc', now: at(0) });
      const second = await sessions.open({ principal: user, method: 'oidc', now: at(5) });
      const ended = await sessions.open({ principal: user, method: 'oidc', now: at(6) });
      await sessions.end(ended.secret, at(7));
      const listed = await sessions.listActive('council-9', at(10), ['GM0375']);
      expect(listed.map((s) => s.handle)).toEqual([second.handle, first.handle]);
      expect(listed[1]).toMatchObject({ subject: 'council-9', method: 'oidc', createdAt: at(0), idleUntil: at(30) });
      expect(JSON.stringify(listed)).not.toContain(first.secret);

      expect(await sessions.listActive('council-9', at(10), ['GM0396'])).toEqual([]);
      expect(await sessions.revoke(first.handle, 'admin-velsen', at(11), ['GM0453'])).toBe(false);
      expect(await sessions.revoke(first.handle, 'admin-1', at(11), ['GM0375'])).toBe(true);
      expect(await sessions.revoke(first.handle, 'admin-1', at(12), ['GM0375'])).toBe(false);
      expect(await sessions.resolve(first.secret, at(12))).toBeUndefined();
      expect(await sessions.resolve(second.secret, at(12))).toBeDefined();
      const { rows } = await pool.query<{ revoked_by: string }>(
        'SELECT revoked_by FROM web_sessions WHERE handle = $1',
        [first.handle],
      );
      expect(rows[0]?.revoked_by).toBe('admin-1');
    });
  });
});

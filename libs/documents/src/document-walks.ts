import type { Pool } from 'pg';

/**
 * The cursors of the audit trail's walk over every document, one per scope, kept as JSON
 * (the walk itself, in libs/application, says what a cursor holds). Requests that race save
 * in turn; the later one wins, which at worst checks a few documents twice.
 */
export class DocumentWalks {
  constructor(private readonly database: Pool) {}

  async load(scope: string): Promise<unknown> {
    const { rows } = await this.database.query<{ cursor: unknown }>(
      'SELECT cursor FROM document_walks WHERE scope = $1',
      [scope],
    );
    return rows[0]?.cursor ?? null;
  }

  async save(scope: string, cursor: unknown): Promise<void> {
    await this.database.query(
      `INSERT INTO document_walks (scope, cursor, updated_at) VALUES ($1, $2::jsonb, now())
       ON CONFLICT (scope) DO UPDATE SET cursor = EXCLUDED.cursor, updated_at = now()`,
      [scope, JSON.stringify(cursor)],
    );
  }
}

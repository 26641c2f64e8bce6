import type { Pool } from 'pg';

/** One answer's showing of one person's data: who asked, in which role, when, through what. */
export interface PersonalDataAccess {
  /** RFC 3339 instant at which the answer was given. */
  readonly accessedAt: string;
  readonly actor: { readonly id: string; readonly role: string };
  readonly personId: string;
  /** The query's operationId (`GetSignal`). */
  readonly operationId: string;
  /** The path asked for, without its query string (`/api/v1/signals/…`): ids, never data. */
  readonly resource: string;
  /** The municipalities whose records showed the data: whose data protection officer may see this. */
  readonly municipalityCodes: readonly string[];
  readonly correlationId?: string;
}

export interface PersonalDataAccessQuery {
  /** Only this person's accesses; every person's without it. */
  readonly personId?: string;
  /** Only accesses to records of these municipalities (the caller's). */
  readonly municipalities: readonly string[];
  readonly offset: number;
  readonly limit: number;
}

export interface PersonalDataAccessPage {
  readonly items: PersonalDataAccess[];
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
}

interface AccessRow {
  accessed_at: Date;
  actor_id: string;
  actor_role: string;
  person_id: string;
  operation_id: string;
  resource: string;
  municipality_codes: string[];
  correlation_id: string | null;
  total: string;
}

const RECORD_SQL = `
  INSERT INTO personal_data_access
    (accessed_at, actor_id, actor_role, person_id, operation_id, resource, municipality_codes, correlation_id)
  SELECT $1, $2, $3, person_id, $4, $5, $6, $7 FROM unnest($8::text[]) AS person_id`;

const LIST_SQL = `
  SELECT accessed_at, actor_id, actor_role, person_id, operation_id, resource, municipality_codes, correlation_id,
         count(*) OVER () AS total
  FROM personal_data_access
  WHERE municipality_codes && $1::text[] AND ($2::text IS NULL OR person_id = $2)
  ORDER BY id DESC
  OFFSET $3 LIMIT $4`;

/**
 * The log of who was shown whose personal data, in PostgreSQL beside the person keys. It only
 * grows: the table refuses changes and deletions, and ForgetPerson leaves it be, since it holds
 * ids and never the data they stand for.
 */
export class PersonalDataAccessLog {
  constructor(private readonly pool: Pool) {}

  /** Records that one answer showed these people's data; one row per person, in one statement. */
  async record(
    access: Omit<PersonalDataAccess, 'personId'> & { readonly personIds: readonly string[] },
  ): Promise<void> {
    const personIds = [...new Set(access.personIds)];
    if (personIds.length === 0) return;
    await this.pool.query(RECORD_SQL, [
      access.accessedAt,
      access.actor.id,
      access.actor.role,
      access.operationId,
      access.resource,
      [...access.municipalityCodes],
      access.correlationId ?? null,
      personIds,
    ]);
  }

  /** Newest first: who was shown the data of `personId` (or of anyone) in these municipalities. */
  async list(query: PersonalDataAccessQuery): Promise<PersonalDataAccessPage> {
    const { rows } = await this.pool.query<AccessRow>(LIST_SQL, [
      [...query.municipalities],
      query.personId ?? null,
      query.offset,
      query.limit,
    ]);
    const total = rows[0] ? Number(rows[0].total) : await this.count(query);
    return { items: rows.map(accessOf), total, offset: query.offset, limit: query.limit };
  }

  /** The count alone, for a page beyond the last row (the window count comes with rows only). */
  private async count(query: PersonalDataAccessQuery): Promise<number> {
    if (query.offset === 0) return 0;
    const { rows } = await this.pool.query<{ total: string }>(
      `SELECT count(*) AS total FROM personal_data_access
       WHERE municipality_codes && $1::text[] AND ($2::text IS NULL OR person_id = $2)`,
      [[...query.municipalities], query.personId ?? null],
    );
    return Number(rows[0]?.total ?? 0);
  }
}

function accessOf(row: AccessRow): PersonalDataAccess {
  return {
    accessedAt: row.accessed_at.toISOString(),
    actor: { id: row.actor_id, role: row.actor_role },
    personId: row.person_id,
    operationId: row.operation_id,
    resource: row.resource,
    municipalityCodes: row.municipality_codes,
    ...(row.correlation_id === null ? {} : { correlationId: row.correlation_id }),
  };
}

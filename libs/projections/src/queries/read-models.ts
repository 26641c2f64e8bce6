import type { Pool } from 'pg';
import type { RememberedAnswers } from './remembered-answers';

/** The read model has not caught up with the position the caller asked for (HTTP 503). */
export class ReadModelBehindError extends Error {
  readonly code = 'QUERY.READ_MODEL_BEHIND';

  constructor(readonly minPosition: bigint) {
    super('The read model has not yet caught up with your last change. Please try again in a moment.');
    this.name = 'ReadModelBehindError';
  }
}

/** An SQL condition on `doc` with one `?` placeholder, and the value bound to it. */
export type Condition = readonly [sql: string, value: unknown];

/** A statement of a query's own, with its parameters ($1, $2, …). */
export interface SqlQuery {
  readonly sql: string;
  readonly params: readonly unknown[];
}

export interface ListOptions {
  /** Conditions joined with AND; values bound in order. */
  readonly where?: readonly Condition[];
  /** An ORDER BY over `doc`, written by code (never by a client). */
  readonly orderBy: string;
  readonly offset: number;
  readonly limit: number;
}

/** Where a row's doc names rows of another read model: the field holding their ids, and that model. */
export interface Link {
  readonly field: string;
  readonly projection: string;
}

/** A row of a read model as `scan` reads it: its id, the key the next page starts after. */
export interface ScannedRow<TDoc> {
  readonly id: string;
  readonly doc: TDoc;
}

export interface ReadModelsOptions {
  readonly waitMs?: number;
  readonly pollMs?: number;
  /** Where answers are kept until the read models next commit (ADR 52); none are kept without it. */
  readonly answers?: RememberedAnswers;
}

/** Reads the active generation of read models, after waiting for `minPosition` when asked. */
export class ReadModels {
  constructor(
    private readonly pool: Pool,
    private readonly options: ReadModelsOptions = {},
  ) {}

  /**
   * `compute`'s answer to `request`, or the one it gave to an equal request since the read
   * models last committed (ADR 52), for a query whose answer costs more than a lookup. Requests
   * are equal when all their fields but `minPosition` are; a `minPosition` read is computed, as
   * it waits for its position and reads what holds it. The answer may be shared with other
   * askers, so it must not be changed.
   */
  remember<T, R extends { readonly minPosition?: bigint }>(
    query: string,
    request: R,
    compute: () => Promise<T>,
  ): Promise<T> {
    const answers = this.options.answers;
    if (answers === undefined || request.minPosition !== undefined) return compute();
    return answers.answer(`${query} ${JSON.stringify(request)}`, compute);
  }

  /** Resolves once every named projection has applied `minPosition`; throws after the wait. */
  async waitFor(projections: readonly string[], minPosition: bigint | undefined): Promise<void> {
    if (minPosition === undefined) return;
    const deadline = Date.now() + (this.options.waitMs ?? 5_000);
    for (;;) {
      const { rows } = await this.pool.query<{ behind: number }>(
        `SELECT count(*)::int AS behind FROM unnest($1::text[]) AS p(name)
         WHERE NOT EXISTS (SELECT 1 FROM projection_generations g
                           WHERE g.projection = p.name AND g.active AND g.position >= $2)`,
        [projections, minPosition.toString()],
      );
      if (rows[0]?.behind === 0) return;
      if (Date.now() > deadline) throw new ReadModelBehindError(minPosition);
      await new Promise((resolve) => setTimeout(resolve, this.options.pollMs ?? 20));
    }
  }

  async get<TDoc>(projection: string, id: string): Promise<TDoc | null> {
    const { rows } = await this.pool.query<{ doc: TDoc }>({
      name: 'read_models_get',
      text: `SELECT r.doc FROM read_model_rows r
       JOIN projection_generations g ON g.projection = r.projection AND g.generation = r.generation AND g.active
       WHERE r.projection = $1 AND r.id = $2`,
      values: [projection, id],
    });
    return rows[0]?.doc ?? null;
  }

  /** The rows of these ids that exist, in one statement, by id. */
  async getMany<TDoc>(projection: string, ids: readonly string[]): Promise<Map<string, TDoc>> {
    if (ids.length === 0) return new Map();
    const { rows } = await this.pool.query<{ id: string; doc: TDoc }>({
      name: 'read_models_get_many',
      text: `SELECT r.id, r.doc FROM read_model_rows r
       JOIN projection_generations g ON g.projection = r.projection AND g.generation = r.generation AND g.active
       WHERE r.projection = $1 AND r.id = ANY($2::text[])`,
      values: [projection, [...ids]],
    });
    return new Map(rows.map((r) => [r.id, r.doc]));
  }

  /**
   * A row and the rows it links to, in one statement: each link names the field of the row's
   * doc that holds ids (a JSON array) and the read model they are rows of. `null` when there is
   * no such row; a linked id with no row is left out of its map. For a page that reads a row and
   * what it links (#19: each statement is a round trip and a system call on the API's thread).
   * `get`, `getMany` and this are named statements: PostgreSQL parses and plans each once per
   * connection (a lookup by key has one plan whatever the values), not once per page.
   */
  async getLinked<TDoc>(
    projection: string,
    id: string,
    links: readonly Link[],
  ): Promise<{ readonly doc: TDoc; readonly linked: Map<string, unknown>[] } | null> {
    const params: unknown[] = [projection, id];
    const linkedRows = links.map((link, i) => {
      params.push(link.projection, link.field);
      const [model, field] = [`$${params.length - 1}`, `$${params.length}`];
      return `SELECT ${i + 1}, r.id, r.doc FROM root CROSS JOIN LATERAL (
           SELECT r.id, r.doc FROM read_model_rows r
           JOIN projection_generations g ON g.projection = r.projection AND g.generation = r.generation AND g.active
           WHERE r.projection = ${model}::text
             AND r.id = ANY(ARRAY(SELECT jsonb_array_elements_text(root.doc->${field}::text)))) r`;
    });
    const { rows } = await this.pool.query<{ link: number; id: string; doc: unknown }>({
      // The text depends on the number of links only: one prepared statement for each.
      name: `read_models_get_linked_${links.length}`,
      text: [
        `WITH root AS (
           SELECT r.doc FROM read_model_rows r
           JOIN projection_generations g ON g.projection = r.projection AND g.generation = r.generation AND g.active
           WHERE r.projection = $1 AND r.id = $2)
         SELECT 0 AS link, $2::text AS id, doc FROM root`,
        ...linkedRows,
      ].join(' UNION ALL '),
      values: params,
    });
    const root = rows.find((row) => row.link === 0);
    if (!root) return null;
    const linked = links.map(() => new Map<string, unknown>());
    for (const row of rows) if (row.link > 0) linked[row.link - 1]?.set(row.id, row.doc);
    return { doc: root.doc as TDoc, linked };
  }

  async list<TDoc>(projection: string, options: ListOptions): Promise<{ items: TDoc[]; total: number }> {
    const { sql, params, name } = listQuery(projection, options);
    const { rows } = await this.pool.query<{ doc: TDoc; total: string }>(
      name === undefined ? { text: sql, values: params } : { name, text: sql, values: params },
    );
    return { items: rows.map((r) => r.doc), total: Number(rows[0]?.total ?? 0) };
  }

  /**
   * The next `limit` rows of `projection` whose id comes after `after` (`''` for the first page),
   * in id order, with no count: for a walk over a whole read model, which follows the last id it
   * read. OFFSET paging with `list`'s count reads every remaining row for every page. `select`,
   * an expression over `r.doc` written by code, reads part of each document instead of all of it.
   */
  async scan<TDoc>(
    projection: string,
    after: string,
    limit: number,
    where: readonly Condition[] = [],
    select = 'r.doc',
  ): Promise<ScannedRow<TDoc>[]> {
    const params: unknown[] = [projection, after, limit];
    const conditions = where.map(([sql, value]) => {
      params.push(value);
      return ` AND ${sql.replace('?', `$${params.length}`)}`;
    });
    const { rows } = await this.pool.query<ScannedRow<TDoc>>(
      // The active generation as a value, not a join: the key's range (projection, generation,
      // id > after) is then read in order and stops at `limit`. Joined, PostgreSQL read and
      // sorted the model's every row for each page, so a walk cost the square of its pages
      // (#19's bench: the deadline tick's walk of the register at 1M events took 21 s; a walk
      // of 81,800 synthetic rows went from 13 s to 1.1 s).
      `SELECT r.id, ${select} AS doc FROM read_model_rows r
       WHERE r.projection = $1
         AND r.generation = (SELECT g.generation FROM projection_generations g WHERE g.projection = $1 AND g.active)
         AND r.id > $2${conditions.join('')}
       ORDER BY r.id LIMIT $3`,
      params,
    );
    return rows;
  }

  /**
   * A page read by a query of its own (one beside its read model, over rows of its own that
   * index the model): its rows carry `doc`, and `total`, the number of rows the whole list holds.
   */
  async listBy<TDoc>(query: SqlQuery): Promise<{ items: TDoc[]; total: number }> {
    const { rows } = await this.pool.query<{ doc: TDoc; total: string }>(query.sql, [...query.params]);
    return { items: rows.map((r) => r.doc), total: Number(rows[0]?.total ?? 0) };
  }

  /** PostgreSQL's plan for `list` with these options, one line each: for specs that prove an index serves a query. */
  explainList(projection: string, options: ListOptions): Promise<string[]> {
    return this.explain(listQuery(projection, options));
  }

  /** PostgreSQL's plan for a query of its own, one line each. */
  async explain(query: SqlQuery): Promise<string[]> {
    const { rows } = await this.pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${query.sql}`, [...query.params]);
    return rows.map((r) => r['QUERY PLAN']);
  }
}

/** A read model's name as it may stand in a statement's text: code names them, never a client. */
const PROJECTION_NAME = /^[a-z][a-z0-9-]*$/;

/** The names of `list`'s statements without conditions, by their text; code writes a handful. */
const LIST_STATEMENTS = new Map<string, string>();

function listQuery(
  projection: string,
  options: ListOptions,
): { sql: string; params: unknown[]; name: string | undefined } {
  const where = options.where ?? [];
  // A whole read model listed (the public pages' municipalities, on every trajectory page: #19)
  // is a named statement with the model's name in its text: PostgreSQL parses it once per
  // connection, and its generic plan is the plan for this model, so it is not planned again
  // (planning was three quarters of the statement's time). Conditions keep custom plans.
  const named = where.length === 0 && PROJECTION_NAME.test(projection);
  const params: unknown[] = named ? [] : [projection];
  const model = named ? `'${projection}'` : '$1';
  const conditions = where.map(([sql, value]) => {
    params.push(value);
    return sql.replace('?', `$${params.length}`);
  });
  const filter = [`r.projection = ${model}`, ...conditions].join(' AND ');
  params.push(options.limit, options.offset);
  // The count and the sort carry each matching row's id and sort key only, and the page's docs
  // are read after: sorting every matching doc whole (kilobytes each) spilled a municipality's
  // register to disk at 1M events (#19's bench: the plain register's p99 was 811 ms).
  const sql = `SELECT r.doc, page.total FROM (
         SELECT r.generation, r.id, count(*) OVER ()::text AS total FROM read_model_rows r
         JOIN projection_generations g ON g.projection = r.projection AND g.generation = r.generation AND g.active
         WHERE ${filter} ORDER BY ${options.orderBy}
         LIMIT $${params.length - 1} OFFSET $${params.length}) page
       JOIN read_model_rows r ON r.projection = ${model} AND r.generation = page.generation AND r.id = page.id
       ORDER BY ${options.orderBy}`;
  if (!named) return { sql, params, name: undefined };
  let name = LIST_STATEMENTS.get(sql);
  if (name === undefined) {
    name = `read_models_list_${LIST_STATEMENTS.size + 1}`;
    LIST_STATEMENTS.set(sql, name);
  }
  return { sql, params, name };
}

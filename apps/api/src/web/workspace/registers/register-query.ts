import type { Request } from 'express';
import { offsetOf } from '../../public/page-params';

/** One page of a register: 50 rows, the API's default, and never more than it gives (200). */
export const REGISTER_PAGE_SIZE = 50;

/** A query value that is one of `allowed`; anything else is left out, as the API would refuse it. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** A search text as typed (trimmed, at most 200 characters), or nothing. */
export function searchText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim().slice(0, 200);
  return trimmed === '' ? undefined : trimmed;
}

/** The slice of the list a page asks for. */
export function pageOfQuery(query: Record<string, unknown>): { offset: number; limit: number } {
  return { offset: offsetOf(query.offset), limit: REGISTER_PAGE_SIZE };
}

/**
 * The page's query string as Express parsed it. Read from the request rather than `@Query()`:
 * the API's global validation refuses a whole-query object it has no DTO for (400).
 */
export function queryOf(request: Request): Record<string, unknown> {
  return request.query;
}

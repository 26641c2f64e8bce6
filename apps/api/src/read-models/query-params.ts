import { RequestValidationError } from '../http/request-validation';

/** `minPosition` from the query string: absent, or a whole number ≥ 0. */
export function minPositionOf(value: string | undefined): bigint | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,19}$/.test(value)) {
    throw new RequestValidationError([
      { name: 'minPosition', reason: 'minPosition must be a whole number of 0 or more' },
    ]);
  }
  return BigInt(value);
}

/** `offset` and `limit` for a list: 0 and 50 unless given; at most 200 per page. */
export function pageOf(offset: string | undefined, limit: string | undefined): { offset: number; limit: number } {
  const parsed = { offset: Number(offset ?? 0), limit: Number(limit ?? 50) };
  const invalid = [
    ...(Number.isInteger(parsed.offset) && parsed.offset >= 0
      ? []
      : [{ name: 'offset', reason: 'offset must be a whole number of 0 or more' }]),
    ...(Number.isInteger(parsed.limit) && parsed.limit >= 1 && parsed.limit <= 200
      ? []
      : [{ name: 'limit', reason: 'limit must be a whole number from 1 to 200' }]),
  ];
  if (invalid.length > 0) throw new RequestValidationError(invalid);
  return parsed;
}

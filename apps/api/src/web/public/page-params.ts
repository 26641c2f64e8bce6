import { NotFoundException } from '@nestjs/common';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MUNICIPALITY_CODE = /^GM\d{4}$/;

/** A path id that is no uuid names no page: 404, as for an id that does not exist. */
export function uuidOrNotFound(value: string): string {
  if (!UUID.test(value)) throw new NotFoundException();
  return value;
}

export function municipalityCodeOrNotFound(value: string): string {
  if (!MUNICIPALITY_CODE.test(value)) throw new NotFoundException();
  return value;
}

/** `?offset=` of a list page: a whole number, 0 when absent or unreadable. */
export function offsetOf(value: unknown): number {
  return typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : 0;
}

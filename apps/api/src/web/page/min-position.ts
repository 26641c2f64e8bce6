/** `?na=<position>` after a command: the position its answer named, for read-your-writes. */
export function minPositionOf(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{1,19}$/.test(value) ? value : undefined;
}

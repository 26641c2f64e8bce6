/** A `YYYY-MM-DD` that is a real calendar date, or undefined. */
export function dateParam(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : undefined;
}

/**
 * The last instant of `date` in Amsterdam (RFC 3339 with its offset there): "as it stood on 3
 * March" includes everything recorded that day, whether in winter or summer time.
 */
export function endOfDayInAmsterdam(date: string): string {
  const noon = new Date(`${date}T12:00:00Z`);
  const zone = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' })
    .formatToParts(noon)
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = /GMT([+-]\d{2}:\d{2})/.exec(zone ?? '')?.[1] ?? '+00:00';
  return `${date}T23:59:59.999${offset}`;
}

/**
 * One formatter per locale and kind, made once: making an `Intl.DateTimeFormat` costs far more
 * than using one, and a trajectory page formats every event's instant (#19's bench: two thirds
 * of the page's rendering went to making formatters).
 */
function formatterFor(
  formatters: Map<string, Intl.DateTimeFormat>,
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let formatter = formatters.get(locale);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(locale, formatter);
  }
  return formatter;
}

const DATES = new Map<string, Intl.DateTimeFormat>();
const INSTANTS = new Map<string, Intl.DateTimeFormat>();

/** `YYYY-MM-DD` as a date in the page's language (13 maart 2026); anything else as given. */
export function formatDate(locale: string, date: string | undefined): string {
  if (date === undefined) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  return formatterFor(DATES, locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))),
  );
}

/** An instant as a date and time in Amsterdam, where the municipalities are. */
export function formatInstant(locale: string, instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return formatterFor(INSTANTS, locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}

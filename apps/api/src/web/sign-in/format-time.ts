import type { Language } from '../i18n/language';

/** A moment as people in the municipality read it: Amsterdam time, in their language. */
export function formatDateTime(moment: Date, language: Language): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(moment);
}

import type { Request, Response } from 'express';
import { LANGUAGE_COOKIE, cookieOf, cookieOptions } from '../session/cookies';
import { en } from './messages.en';
import { nl, type Messages } from './messages.nl';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const ONE_YEAR_MS = 365 * 24 * 3600 * 1000;

function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/**
 * Dutch unless the visitor chose otherwise: `?lang=` chooses (and is remembered in a cookie),
 * else the cookie, else Dutch — the municipality's language, whatever the browser says.
 */
export function languageOf(request: Request, response: Response): Language {
  const asked = request.query['lang'];
  if (isLanguage(asked)) {
    response.cookie(LANGUAGE_COOKIE, asked, cookieOptions(request, ONE_YEAR_MS));
    return asked;
  }
  const remembered = cookieOf(request, LANGUAGE_COOKIE);
  return isLanguage(remembered) ? remembered : 'nl';
}

export function messagesFor(language: Language): Messages {
  switch (language) {
    case 'nl':
      return nl;
    case 'en':
      return en;
    default: {
      const unknown: never = language;
      throw new Error(`No messages for ${String(unknown)}`);
    }
  }
}

import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../api/api-client';
import { languageOf, messagesFor, type Language } from '../i18n/language';
import type { Messages } from '../i18n/messages.nl';
import { csrfTokenFor } from '../session/csrf';
import { sessionOf, type Session } from '../session/session';

/** What every page needs to know about the request it answers. */
export interface PageContext {
  readonly language: Language;
  readonly t: Messages;
  readonly session: Session | undefined;
  /**
   * The request's CSRF token, made when a form first asks for it: a signed-out visitor's page
   * without a form (the public pages) sets no CSRF cookie and draws no random bytes (#19).
   */
  readonly csrfToken: string;
  readonly api: ApiClient;
  /** The path and query without `lang`, for the link to the other language. */
  readonly path: string;
}

@Injectable()
export class PageContextFactory {
  // eslint-disable-next-line @typescript-eslint/require-await -- pages await it; it may need IO again
  async create(request: Request, response: Response): Promise<PageContext> {
    const language = languageOf(request, response);
    // The session middleware found the session (or none) before the page ran.
    const session = sessionOf(request);
    const url = new URL(request.originalUrl, 'http://page.local');
    url.searchParams.delete('lang');
    let csrfToken: string | undefined;
    return {
      language,
      t: messagesFor(language),
      session,
      // Read while the page renders, before its answer is sent, so its cookie goes with the page.
      get csrfToken(): string {
        csrfToken ??= csrfTokenFor(request, response);
        return csrfToken;
      },
      api: ApiClient.for(request, session?.token),
      path: `${url.pathname}${url.search}`,
    };
  }
}

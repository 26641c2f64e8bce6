import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { TokenVerifier } from '#auth';
import { TOKEN_VERIFIER } from '../../auth/auth.tokens';
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
  readonly csrfToken: string;
  readonly api: ApiClient;
  /** The path and query without `lang`, for the link to the other language. */
  readonly path: string;
}

@Injectable()
export class PageContextFactory {
  constructor(@Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier) {}

  async create(request: Request, response: Response): Promise<PageContext> {
    const language = languageOf(request, response);
    const session = await sessionOf(request, response, this.verifier);
    const url = new URL(request.originalUrl, 'http://page.local');
    url.searchParams.delete('lang');
    return {
      language,
      t: messagesFor(language),
      session,
      csrfToken: csrfTokenFor(request, response),
      api: ApiClient.for(request, session?.token),
      path: `${url.pathname}${url.search}`,
    };
  }
}

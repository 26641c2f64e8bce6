import { BadRequestException, ForbiddenException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { answerOf } from '../../page/answer-of';
import type { PageContext, PageContextFactory } from '../../page/page-context';
import { isCsrfValid } from '../../session/csrf';

/** Query parameters of a follow operation (the proposal's municipality). */
type Query = Readonly<Record<string, string | undefined>>;

/** The form field that says which state the visitor wants: `ja` to follow, `nee` to stop. */
export const FOLLOW_FIELD = 'volgen';

/**
 * The press of a follow button: only for a signed-in visitor with the session's CSRF token; the
 * API follows or stops (PUT or DELETE with the visitor's own token, so it decides who may), and
 * the visitor is sent back to the page, which shows the new state.
 */
export async function pressFollowButton(
  pages: PageContextFactory,
  request: Request,
  response: Response,
  following: { readonly apiPath: string; readonly query?: Query; readonly page: string },
): Promise<void> {
  const context = await pages.create(request, response);
  // Signed out (the session ended): sign in, then back to the page, not to this form's address.
  if (context.session === undefined)
    return response.redirect(303, `/inloggen?next=${encodeURIComponent(following.page)}`);
  if (!isCsrfValid(request)) throw new ForbiddenException();
  const wanted = (request.body as Record<string, unknown> | undefined)?.[FOLLOW_FIELD];
  if (wanted !== 'ja' && wanted !== 'nee') throw new BadRequestException();
  const api = context.api;
  answerOf(
    wanted === 'ja'
      ? await api.put(following.apiPath, following.query)
      : await api.delete(following.apiPath, following.query),
  );
  response.redirect(303, `${following.page}#volgen`);
}

/**
 * Whether the signed-in visitor follows, as the API answers it with their own token; undefined
 * for the public and for a visitor the API refuses (another municipality's trajectory).
 */
export async function followingAnswer<T>(
  context: PageContext,
  apiPath: string,
  query: Query = {},
): Promise<T | undefined> {
  if (context.session === undefined) return undefined;
  const answer = await context.api.get<T>(apiPath, query);
  return answer.ok ? answer.body : undefined;
}

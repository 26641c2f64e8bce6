import { Body, Controller, ForbiddenException, Get, Inject, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { VNode } from 'preact';
import type { SessionSummary } from '#sessions';
import { Public } from '../../auth/public.decorator';
import { Alert, Paragraph } from '../components/messages';
import { Layout } from '../layout/layout';
import { formatDateTime } from './format-time';
import { PageContextFactory, type PageContext } from '../page/page-context';
import { sendPage } from '../page/render';
import { WebErrorFilter } from '../page/web-error.filter';
import { CSRF_FIELD, isCsrfValid } from '../session/csrf';
import { WEB_SIGN_IN, type WebSignIn } from '../session/web-sign-in';
import { signedIn, type SignedInContext } from '../workspace/workspace-page';
import { signInTexts } from './sign-in.texts';

const SUBJECT = /^[\x21-\x7e]{1,200}$/;

/** The admin's page of a user's active sessions, each with a button that revokes it. */
@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller('werkruimte/sessies')
export class SessionsAdminController {
  constructor(
    private readonly pages: PageContextFactory,
    @Inject(WEB_SIGN_IN) private readonly signIn: WebSignIn,
  ) {}

  @Get()
  async show(@Query('gebruiker') subject: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    const context = await this.admin(request, response);
    await this.render(response, context, typeof subject === 'string' && SUBJECT.test(subject) ? subject : undefined);
  }

  @Post('intrekken')
  async revoke(
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const context = await this.admin(request, response);
    if (!isCsrfValid(request)) throw new ForbiddenException();
    const { handle, subject } = body;
    const revoked =
      typeof handle === 'string' &&
      (await this.signIn.sessions
        .revoke(handle, context.session.principal.id, this.signIn.now(), context.session.principal.municipalities)
        .catch(() => false));
    await this.render(
      response,
      context,
      typeof subject === 'string' && SUBJECT.test(subject) ? subject : undefined,
      revoked,
    );
  }

  private async admin(request: Request, response: Response): Promise<SignedInContext> {
    const context = await signedIn(this.pages, request, response);
    if (!context.session.principal.roles.includes('admin')) throw new ForbiddenException();
    return context;
  }

  private async render(
    response: Response,
    context: PageContext,
    subject: string | undefined,
    revoked = false,
  ): Promise<void> {
    const within = context.session?.principal.municipalities ?? [];
    const sessions =
      subject === undefined ? [] : await this.signIn.sessions.listActive(subject, this.signIn.now(), within);
    sendPage(response, <SessionsPage context={context} subject={subject} sessions={sessions} revoked={revoked} />);
  }
}

interface SessionsPageProps {
  readonly context: PageContext;
  readonly subject: string | undefined;
  readonly sessions: readonly SessionSummary[];
  readonly revoked: boolean;
}

function SessionsPage({ context, subject, sessions, revoked }: SessionsPageProps): VNode {
  const t = signInTexts(context.language);
  return (
    <Layout context={context} title={t.sessionsTitle}>
      <h1 class="utrecht-heading-1">{t.sessionsTitle}</h1>
      {revoked ? <Alert kind="ok">{t.revoked}</Alert> : null}
      <Paragraph>{t.sessionsIntro}</Paragraph>
      <form method="get" action="/werkruimte/sessies">
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="gebruiker">
            {t.subject}
          </label>
          <input class="utrecht-textbox" id="gebruiker" name="gebruiker" value={subject ?? ''} />
        </div>
        <div class="form-actions">
          <button type="submit" class="utrecht-button utrecht-button--secondary-action">
            {t.show}
          </button>
        </div>
      </form>
      {subject === undefined ? null : sessions.length === 0 ? (
        <Paragraph>{t.noSessions}</Paragraph>
      ) : (
        <div class="utrecht-table-container utrecht-table-container--overflow-inline">
          <table class="utrecht-table">
            <caption class="utrecht-table__caption">{`${t.sessionsTitle}: ${subject}`}</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                {[t.method, t.started, t.lastSeen, t.endsAt, t.revoke].map((heading) => (
                  <th class="utrecht-table__header-cell" scope="col">
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {sessions.map((session) => (
                <tr class="utrecht-table__row" data-session={session.handle}>
                  <td class="utrecht-table__cell">{session.method === 'oidc' ? 'OpenID Connect' : 'lokaal'}</td>
                  <td class="utrecht-table__cell">{formatDateTime(session.createdAt, context.language)}</td>
                  <td class="utrecht-table__cell">{formatDateTime(session.lastSeenAt, context.language)}</td>
                  <td class="utrecht-table__cell">{formatDateTime(session.idleUntil, context.language)}</td>
                  <td class="utrecht-table__cell">
                    <form method="post" action="/werkruimte/sessies/intrekken">
                      <input type="hidden" name={CSRF_FIELD} value={context.csrfToken} />
                      <input type="hidden" name="handle" value={session.handle} />
                      <input type="hidden" name="subject" value={subject} />
                      <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                        {t.revoke}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}

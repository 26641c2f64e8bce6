import { Body, Controller, Get, Inject, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { decodeJwt } from 'jose';
import { isRole } from '#application';
import { issueLocalToken, type LocalSigningKey, type TokenVerifier } from '#auth';
import { TOKEN_VERIFIER } from '../../auth/auth.tokens';
import { Public } from '../../auth/public.decorator';
import { PageContextFactory, type PageContext } from '../page/page-context';
import { sendPage } from '../page/render';
import { WebErrorFilter } from '../page/web-error.filter';
import { TOKEN_COOKIE, clearCookie, cookieOptions } from '../session/cookies';
import { isCsrfValid } from '../session/csrf';
import { LOCAL_SIGNING_KEY } from '../web.tokens';
import { SignInPage, type SignInMode } from './sign-in.page';

const SESSION_SECONDS = 8 * 3600;
const SUBJECT = /^[A-Za-z0-9._@-]{1,100}$/;
const MUNICIPALITY_CODE = /^GM\d{4}$/;
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * Sign-in for the workspace with the same tokens as the API, kept in an HttpOnly,
 * SameSite=Strict cookie. The server issues a token only when it signs its own (no identity
 * provider configured) and the browser runs on the server's own machine; otherwise the
 * visitor pastes one.
 */
@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller()
export class SignInController {
  constructor(
    private readonly pages: PageContextFactory,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    @Inject(LOCAL_SIGNING_KEY) private readonly signingKey: LocalSigningKey | undefined,
  ) {}

  @Get('inloggen')
  async show(
    @Query('next') next: unknown,
    @Query('uit') signedOut: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const context = await this.pages.create(request, response);
    sendPage(
      response,
      <SignInPage
        context={context}
        mode={this.modeFor(request)}
        next={safeNext(next)}
        values={{}}
        errors={{}}
        {...(signedOut === '1' ? { notice: context.t.signIn.signedOut } : {})}
      />,
    );
  }

  @Post('inloggen')
  async signIn(
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const context = await this.pages.create(request, response);
    const mode = this.modeFor(request);
    const next = safeNext(body['next']);
    const text = (name: string): string => (typeof body[name] === 'string' ? body[name].trim() : '');
    const values = { sub: text('sub'), role: text('role'), municipalities: text('municipalities') };
    const refuse = (errors: Record<string, string>, status: number): void =>
      sendPage(
        response,
        <SignInPage context={context} mode={mode} next={next} values={values} errors={errors} />,
        status,
      );
    if (!isCsrfValid(request)) return refuse({ '': context.t.forms.csrf }, 403);
    const token =
      mode === 'issue'
        ? await this.issue(context, values, refuse)
        : await this.verifyPasted(context, text('token'), refuse);
    if (token === undefined) return;
    response.cookie(TOKEN_COOKIE, token.value, cookieOptions(request, token.maxAgeMs));
    response.redirect(303, next);
  }

  @Post('uitloggen')
  signOut(@Req() request: Request, @Res() response: Response): void {
    // Signing out needs no CSRF check to be safe, but a forged one would still be a nuisance.
    if (isCsrfValid(request)) clearCookie(request, response, TOKEN_COOKIE);
    response.redirect(303, '/inloggen?uit=1');
  }

  private modeFor(request: Request): SignInMode {
    if (this.signingKey === undefined) return 'paste';
    return LOOPBACK.test(request.socket.remoteAddress ?? '') ? 'issue' : 'paste-remote';
  }

  private async issue(
    context: PageContext,
    values: { sub: string; role: string; municipalities: string },
    refuse: (errors: Record<string, string>, status: number) => void,
  ): Promise<{ value: string; maxAgeMs: number } | undefined> {
    const t = context.t.signIn;
    const municipalities = values.municipalities
      .split(/[\s,]+/)
      .filter((code) => code.length > 0)
      .map((code) => code.toUpperCase());
    const errors: Record<string, string> = {
      ...(SUBJECT.test(values.sub) ? {} : { sub: t.subjectInvalid }),
      ...(isRole(values.role) ? {} : { role: t.roleInvalid }),
      ...(municipalities.length > 0 && municipalities.every((code) => MUNICIPALITY_CODE.test(code))
        ? {}
        : { municipalities: t.municipalitiesInvalid }),
    };
    if (Object.keys(errors).length > 0 || !isRole(values.role) || this.signingKey === undefined) {
      refuse(errors, 400);
      return undefined;
    }
    const value = await issueLocalToken(
      this.signingKey,
      { id: values.sub, roles: [values.role], municipalities: [...new Set(municipalities)] },
      { ttlSeconds: SESSION_SECONDS },
    );
    return { value, maxAgeMs: SESSION_SECONDS * 1000 };
  }

  private async verifyPasted(
    context: PageContext,
    token: string,
    refuse: (errors: Record<string, string>, status: number) => void,
  ): Promise<{ value: string; maxAgeMs: number } | undefined> {
    try {
      await this.verifier.verify(token);
      const expires = decodeJwt(token).exp;
      const maxAgeMs = expires === undefined ? SESSION_SECONDS * 1000 : Math.max(0, expires * 1000 - Date.now());
      return { value: token, maxAgeMs };
    } catch {
      refuse({ token: context.t.signIn.tokenInvalid }, 400);
      return undefined;
    }
  }
}

/** Where to go after signing in: a path on this site only, never another origin. */
function safeNext(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[\x21-\x7e]*$/.test(value) ? value : '/werkruimte';
}

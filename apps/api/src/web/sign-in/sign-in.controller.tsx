import { Body, Controller, Get, Inject, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Principal } from '#application';
import { isRole } from '#application';
import { type PendingSignIn, type SignedInContact, type TokenVerifier } from '#auth';
import { TOKEN_VERIFIER } from '../../auth/auth.tokens';
import { Public } from '../../auth/public.decorator';
import { ErrorPage } from '../components/error-page';
import { PageContextFactory, type PageContext } from '../page/page-context';
import { sendPage } from '../page/render';
import { WebErrorFilter } from '../page/web-error.filter';
import {
  SESSION_COOKIE,
  SIGN_IN_COOKIE,
  clearCookie,
  cookieOptions,
  ownCookieOf,
  setOwnCookie,
} from '../session/cookies';
import { isCsrfValid } from '../session/csrf';
import { startSession } from '../session/start-session';
import { WEB_SIGN_IN, type WebSignIn } from '../session/web-sign-in';
import { isOwnMachine } from './forwarded';
import { SignedOutPage } from './signed-out.page';
import { SignInPage, type SignInMode } from './sign-in.page';
import { signInTexts } from './sign-in.texts';

const SUBJECT = /^[A-Za-z0-9._@-]{1,100}$/;
const MUNICIPALITY_CODE = /^GM\d{4}$/;
/** Long enough to type a password and a second factor at the provider. */
const SIGN_IN_PENDING_MS = 10 * 60_000;

/**
 * Sign-in for the pages, into a server-side session (ADR 0028). With an identity provider the
 * browser goes there and back (OpenID Connect, ADR 0027). Without any provider (the embedded
 * default) the server makes its own sign-in, only for a browser on its own machine; with only
 * a JWKS issuer the visitor pastes a token of that issuer.
 */
@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller()
export class SignInController {
  constructor(
    private readonly pages: PageContextFactory,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    @Inject(WEB_SIGN_IN) private readonly signIn: WebSignIn,
  ) {}

  @Get('inloggen')
  async show(
    @Query('next') next: unknown,
    @Query('uit') signedOut: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { oidc } = this.signIn;
    if (oidc !== undefined && signedOut !== '1') {
      const { url, pending } = await oidc.begin();
      const cookie = Buffer.from(JSON.stringify({ ...pending, next: safeNext(next) })).toString('base64url');
      // Lax: the provider's redirect back is a cross-site navigation.
      setOwnCookie(request, response, SIGN_IN_COOKIE, cookie, cookieOptions(request, SIGN_IN_PENDING_MS, 'lax'));
      response.redirect(303, url.href);
      return;
    }
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

  /** The provider sends the browser back here with a code, or with an error. */
  @Get('inloggen/terug')
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    const pending = pendingOf(ownCookieOf(request, SIGN_IN_COOKIE));
    clearCookie(request, response, SIGN_IN_COOKIE);
    const { oidc } = this.signIn;
    let principal: Principal;
    let idToken: string;
    let contact: SignedInContact;
    try {
      if (oidc === undefined || pending === undefined) throw new Error('No sign-in under way');
      const callbackUrl = new URL(request.originalUrl, this.signIn.publicUrl);
      ({ principal, idToken, contact } = await oidc.finish(callbackUrl, pending));
    } catch {
      return this.refuse(request, response, 401, 'provider');
    }
    // A body member acts for a body: their login must be tied to a current membership.
    if (principal.roles.includes('body-member') && !(await this.signIn.isCurrentBodyMember(principal))) {
      return this.refuse(request, response, 403, 'member');
    }
    await this.signIn.rememberSignedIn(principal, contact);
    await startSession(request, response, this.signIn, principal, 'oidc', idToken);
    response.redirect(303, pending.next);
  }

  @Post('inloggen')
  async post(@Body() body: Record<string, unknown>, @Req() request: Request, @Res() response: Response): Promise<void> {
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
    if (this.signIn.oidc !== undefined) return refuse({}, 404);
    if (mode === 'paste-remote' && text('token') === '' && values.sub !== '') {
      return refuse({ '': signInTexts(context.language).forwardedRefused }, 403);
    }
    const principal =
      mode === 'issue'
        ? this.localPrincipal(context, values, refuse)
        : await this.pasted(context, text('token'), refuse);
    if (principal === undefined) return;
    await startSession(request, response, this.signIn, principal, 'local');
    response.redirect(303, next);
  }

  @Post('uitloggen')
  async signOut(@Req() request: Request, @Res() response: Response): Promise<void> {
    // A forged sign-out would only be a nuisance, but it is refused all the same.
    if (!isCsrfValid(request)) {
      response.redirect(303, '/');
      return;
    }
    const secret = ownCookieOf(request, SESSION_COOKIE);
    const ended = secret === undefined ? undefined : await this.signIn.sessions.end(secret, this.signIn.now());
    clearCookie(request, response, SESSION_COOKIE);
    const atProvider = ended?.method === 'oidc' ? this.signIn.oidc?.endSessionUrl(ended.idTokenHint) : undefined;
    if (atProvider === undefined) {
      response.redirect(303, '/inloggen?uit=1');
      return;
    }
    // A page, not a redirect: the form-action policy forbids a form's redirect to another origin.
    const context = await this.pages.create(request, response);
    sendPage(response, <SignedOutPage context={context} providerLogoutUrl={atProvider.href} />);
  }

  private modeFor(request: Request): SignInMode {
    if (this.signIn.oidc !== undefined) return 'provider';
    if (this.signIn.localSigningKey === undefined) return 'paste';
    return isOwnMachine(request.socket.remoteAddress, request.headers) ? 'issue' : 'paste-remote';
  }

  private refuse(request: Request, response: Response, status: number, why: 'provider' | 'member'): Promise<void> {
    return this.pages.create(request, response).then((context) => {
      const t = signInTexts(context.language);
      const [title, text] =
        why === 'provider' ? [t.providerFailedTitle, t.providerFailedText] : [t.notAMemberTitle, t.notAMemberText];
      sendPage(response, <ErrorPage context={context} title={title} text={text} />, status);
    });
  }

  private localPrincipal(
    context: PageContext,
    values: { sub: string; role: string; municipalities: string },
    refuse: (errors: Record<string, string>, status: number) => void,
  ): Principal | undefined {
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
    if (Object.keys(errors).length > 0 || !isRole(values.role)) {
      refuse(errors, 400);
      return undefined;
    }
    return { id: values.sub, roles: [values.role], municipalities: [...new Set(municipalities)] };
  }

  private async pasted(
    context: PageContext,
    token: string,
    refuse: (errors: Record<string, string>, status: number) => void,
  ): Promise<Principal | undefined> {
    try {
      return await this.verifier.verify(token);
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

function pendingOf(cookie: string | undefined): (PendingSignIn & { next: string }) | undefined {
  if (cookie === undefined) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cookie, 'base64url').toString('utf8')) as Record<string, unknown>;
    const { state, nonce, codeVerifier, next } = value;
    if (typeof state !== 'string' || typeof nonce !== 'string' || typeof codeVerifier !== 'string') return undefined;
    return { state, nonce, codeVerifier, next: safeNext(next) };
  } catch {
    return undefined;
  }
}

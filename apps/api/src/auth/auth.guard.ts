import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { UnauthenticatedError, type TokenVerifier } from '#auth';
import { TOKEN_VERIFIER } from './auth.tokens';
import type { AuthenticatedRequest } from './authenticated-request';
import { ANSWERS_PUBLIC } from './public-answer.decorator';
import { IS_PUBLIC } from './public.decorator';
import { verifyOnce } from './verify-once';

/**
 * Every route needs a valid bearer token unless it is marked {@link Public}. A query marked
 * `AnswersPublic` may come without one (no `principal`), but a token it does send must be valid.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const { authorization } = request.headers;
    if (authorization === undefined && this.reflector.get<boolean>(ANSWERS_PUBLIC, context.getHandler())) return true;
    const [scheme, token] = (authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      throw new UnauthenticatedError('This request needs a bearer token (Authorization: Bearer …).');
    }
    request.principal = await verifyOnce(request, token, this.verifier);
    return true;
  }
}

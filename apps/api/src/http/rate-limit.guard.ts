import { Inject, Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { Request } from 'express';
import type { TokenVerifier } from '#auth';
import { TOKEN_VERIFIER } from '../auth/auth.tokens';
import { verifyOnce } from '../auth/verify-once';
import { isInternalCall } from './internal-call';

/** Probes and scrapers come from the platform; throttling them would take a healthy instance out. */
const OPERATIONAL_PATHS = ['/health', '/metrics'];

/**
 * One budget per caller across every route: the verified token subject when there is one (so
 * colleagues behind one municipal NAT do not share it), else the client address (so a flood of
 * made-up tokens is limited too). Runs before authentication, which still answers 401 after it.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
  ) {
    super(options, storage, reflector);
  }

  protected override shouldSkip(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const { path } = request;
    const operational = OPERATIONAL_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
    // A page's own API calls: the page view was counted already, against its real visitor.
    return Promise.resolve(operational || isInternalCall(request.headers));
  }

  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const { headers, ip } = request as unknown as Request;
    const [scheme, token] = (headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() === 'bearer' && token) {
      const principal = await verifyOnce(request, token, this.verifier).catch(() => null);
      if (principal) return `subject:${principal.id}`;
    }
    return `address:${ip ?? 'unknown'}`;
  }

  protected override generateKey(_context: ExecutionContext, tracker: string, throttler: string): string {
    return `${throttler}:${tracker}`;
  }
}

import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { RecipientDirectory } from '#notifications';
import type { Storage } from '#runtime';
import type { AuthenticatedRequest } from '../auth/authenticated-request';
import { STORAGE } from '../storage.tokens';
import { contactOfBearer } from './bearer-contact';

/** Tokens settled (their address on record, or none to record), at most; the oldest is asked again first. */
const MOST_REMEMBERED = 1_000;

/**
 * Records the address a bearer token's `email` claim brings, as a sign-in through the provider
 * does (`rememberSignedIn`), so staff who only call the API with tokens still get their mail.
 * Each token is written once per process, not once per request, and read once.
 */
@Injectable()
export class BearerContactInterceptor implements NestInterceptor {
  private readonly recorded = new Map<string, true>();

  constructor(@Inject(STORAGE) private readonly storage: Storage) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() === 'http') await this.remember(context.switchToHttp().getRequest<AuthenticatedRequest>());
    return next.handle();
  }

  private async remember(request: AuthenticatedRequest): Promise<void> {
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    // The guard verified this token and named its principal; without one there is nothing to trust.
    if (!request.principal || scheme?.toLowerCase() !== 'bearer' || !token || this.recorded.has(token)) return;
    const contact = contactOfBearer(token, request.principal);
    // A token that brings no address never will: it is settled as one on record is (#19: it was
    // decoded again on every request).
    if (contact !== undefined) {
      try {
        await new RecipientDirectory(this.storage.database).rememberSignedIn(contact);
      } catch {
        // The caller's request does not depend on the directory; the next request tries again.
        return;
      }
    }
    this.recorded.set(token, true);
    if (this.recorded.size > MOST_REMEMBERED) this.recorded.delete(this.recorded.keys().next().value as string);
  }
}

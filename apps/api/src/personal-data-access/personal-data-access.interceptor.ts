import {
  Inject,
  Injectable,
  SetMetadata,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DECORATORS } from '@nestjs/swagger';
import { mergeMap, type Observable } from 'rxjs';
import type { Principal } from '#application';
import type { PersonalDataAccessLog } from '#privacy';
import type { AuthenticatedRequest } from '../auth/authenticated-request';
import { correlationIdOf } from '../observability/correlation-id';
import { maySeePersonalData } from '../read-models/personal-data.presenter';
import { personsShownIn } from './persons-shown';
import { NOT_PERSONAL_DATA, PERSONAL_DATA_ACCESS_LOG } from './personal-data-access.tokens';

/** Marks a handler whose answers hold person ids but no personal data (the access log itself). */
export const ShowsNoPersonalData = (): MethodDecorator => SetMetadata(NOT_PERSONAL_DATA, true);

/**
 * Records, for every answer that shows a person's data, who asked, in which role, when, and
 * whose data it was (AVG art. 5(2) and 32). It reads the answer as it leaves the handler, so
 * the pages, which call the API with the visitor's own token, are logged under the visitor.
 * The answer waits for the record: an answer whose showing was not logged is not sent.
 */
@Injectable()
export class PersonalDataAccessInterceptor implements NestInterceptor {
  constructor(
    @Inject(PERSONAL_DATA_ACCESS_LOG) private readonly log: PersonalDataAccessLog,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const { principal } = request;
    // The public never sees personal data; a handler that says so holds ids only.
    if (context.getType() !== 'http' || !principal || this.reflector.get(NOT_PERSONAL_DATA, context.getHandler())) {
      return next.handle();
    }
    return next.handle().pipe(
      mergeMap(async (answer: unknown) => {
        const shown = personsShownIn(answer, principal.municipalities);
        if (shown.personIds.length === 0) return answer;
        await this.log.record({
          accessedAt: new Date().toISOString(),
          actor: { id: principal.id, role: roleThatSees(principal) },
          personIds: shown.personIds,
          operationId: operationIdOf(context),
          resource: (request.originalUrl || request.url).split('?')[0] ?? '',
          municipalityCodes: shown.municipalityCodes,
          correlationId: correlationIdOf(request),
        });
        return answer;
      }),
    );
  }
}

/** The role in which the caller was shown the data: the first of theirs that may see it. */
function roleThatSees(principal: Principal): string {
  return (
    principal.roles.find((role) => maySeePersonalData({ ...principal, roles: [role] })) ?? principal.roles[0] ?? ''
  );
}

function operationIdOf(context: ExecutionContext): string {
  const operation = Reflect.getMetadata(DECORATORS.API_OPERATION, context.getHandler()) as
    { operationId?: string } | undefined;
  return operation?.operationId ?? `${context.getClass().name}.${context.getHandler().name}`;
}

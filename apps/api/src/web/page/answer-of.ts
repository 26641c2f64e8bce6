import { ForbiddenException, NotFoundException, UnauthorizedException } from '@nestjs/common';
import type { ApiResult } from '../api/api-client';

/** Thrown when the API says the visitor must sign in (again); pages redirect to the sign-in page. */
export class SignInRequired extends UnauthorizedException {}

/**
 * The body of a successful answer; a failed one becomes the page's own error (404, 403, a
 * sign-in) or, for anything unexpected, an error the page filter logs and answers with 500.
 */
export function answerOf<T>(result: ApiResult<T>): T {
  if (result.ok) return result.body;
  switch (result.status) {
    case 400:
    case 404:
      throw new NotFoundException();
    case 401:
      throw new SignInRequired();
    case 403:
      throw new ForbiddenException();
    default:
      throw new Error(`The API answered ${result.status}: ${result.problem.code ?? result.problem.title}`);
  }
}

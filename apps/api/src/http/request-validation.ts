import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

/** A request whose body or parameters do not fit the contract; names every offending field. */
export class RequestValidationError extends BadRequestException {
  constructor(readonly invalidParams: { name: string; reason: string }[]) {
    super('The request has invalid fields.');
  }
}

/** Validates every body and parameter; unknown fields are refused, not silently dropped. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new RequestValidationError(flatten(errors, '')),
  });
}

function flatten(errors: readonly ValidationError[], parent: string): { name: string; reason: string }[] {
  return errors.flatMap((error) => {
    const name = /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : parent
        ? `${parent}.${error.property}`
        : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ name, reason }));
    return [...own, ...flatten(error.children ?? [], name)];
  });
}

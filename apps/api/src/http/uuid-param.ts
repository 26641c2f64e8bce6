import { applyDecorators, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { RequestValidationError } from './request-validation';

/** A UUID path parameter, refused with 400 naming it when it is not a UUID. */
export const UuidParam = (name: string): ParameterDecorator =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => new RequestValidationError([{ name, reason: `${name} must be a UUID` }]),
    }),
  );

/** Documents a UUID path parameter. */
export const ApiUuidParam = (name: string, description: string): MethodDecorator =>
  applyDecorators(ApiParam({ name, format: 'uuid', description }));

import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsDate, Matches, ValidateBy, ValidateIf } from 'class-validator';
import { MUNICIPALITY_CODE } from '#domain';

/**
 * Query parameter decorators that validate and document at once, like `fields.ts` does for
 * bodies. A query string arrives as text: each turns the text it accepts into its type first
 * and leaves anything else as it came, for the check to refuse with one reason per parameter.
 * Every query parameter is optional.
 */
type Decorator = PropertyDecorator;

const present = ValidateIf((_object: object, value: unknown) => value !== undefined);

/** A whole number from `min` (to `max`), e.g. `offset` or `limit`. */
export function WholeNumberQuery(options: {
  readonly min: number;
  readonly max?: number;
  description?: string;
}): Decorator {
  const { min, max } = options;
  const range = max === undefined ? `of ${min} or more` : `from ${min} to ${max}`;
  return applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value,
    ),
    present,
    ValidateBy(
      {
        name: 'isWholeNumberInRange',
        validator: {
          validate: (value: unknown) =>
            typeof value === 'number' && Number.isInteger(value) && value >= min && (max === undefined || value <= max),
        },
      },
      { message: `$property must be a whole number ${range}` },
    ),
    ApiPropertyOptional({
      type: 'integer',
      minimum: min,
      ...(max === undefined ? {} : { maximum: max }),
      ...(options.description === undefined ? {} : { description: options.description }),
    }),
  );
}

/** PostgreSQL's bigint, which holds every global position. */
const MAX_POSITION = 9_223_372_036_854_775_807n;

/** A global position (`minPosition`, `atPosition`): a whole number ≥ 0 of up to 19 digits, as a bigint. */
export function PositionQuery(description: string): Decorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => {
      // An empty `minPosition=` asks for nothing, as leaving it out does.
      if (value === '') return undefined;
      return typeof value === 'string' && /^\d{1,19}$/.test(value) && BigInt(value) <= MAX_POSITION
        ? BigInt(value)
        : value;
    }),
    present,
    ValidateBy(
      { name: 'isPosition', validator: { validate: (value: unknown) => typeof value === 'bigint' } },
      { message: '$property must be a whole number of 0 or more' },
    ),
    ApiPropertyOptional({ type: 'integer', format: 'int64', minimum: 0, description }),
  );
}

/** `true` or `false`, as text. */
export function BooleanQuery(description: string): Decorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value)),
    present,
    IsBoolean({ message: '$property must be true or false' }),
    ApiPropertyOptional({ type: 'boolean', description }),
  );
}

const RFC_3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;

/** An instant in RFC 3339 with a time zone, as a `Date`. */
export function InstantQuery(options: { readonly description: string; readonly example: string }): Decorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => {
      const instant = typeof value === 'string' && RFC_3339.test(value) ? new Date(value) : undefined;
      return instant && !Number.isNaN(instant.getTime()) ? instant : value;
    }),
    present,
    IsDate({ message: '$property must be an RFC 3339 instant with time zone, e.g. 2026-04-01T00:00:00Z' }),
    ApiPropertyOptional({ type: 'string', format: 'date-time', ...options }),
  );
}

/** A CBS municipality code (GM and four digits). */
export function MunicipalityCodeQuery(description: string): Decorator {
  return applyDecorators(
    present,
    Matches(MUNICIPALITY_CODE, { message: '$property must be GM followed by four digits' }),
    ApiPropertyOptional({ type: 'string', pattern: MUNICIPALITY_CODE.source, description }),
  );
}

import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

/**
 * Field decorators that validate and document at once, so the served OpenAPI document and
 * the checks can never disagree. Every string and array has an upper bound: nothing a client
 * sends may grow without limit.
 */
type Decorator = PropertyDecorator;

interface Common {
  readonly optional?: boolean;
  readonly description?: string;
  readonly example?: unknown;
}

const doc = (options: Common, schema: Record<string, unknown>): Decorator =>
  options.optional
    ? ApiPropertyOptional({ description: options.description, example: options.example, ...schema })
    : ApiProperty({ description: options.description, example: options.example, ...schema });

/**
 * An optional field may be left out, not sent as `null`: `null` is validated like any other
 * value (and refused), so handlers never meet a `null` where they expect a value or nothing.
 */
const presence = (options: Common): Decorator[] =>
  options.optional ? [ValidateIf((_object: object, value: unknown) => value !== undefined)] : [];

export const SHORT_TEXT = 200;
export const LONG_TEXT = 10_000;
export const MAX_ITEMS = 100;

export function TextField(options: Common & { readonly max?: number } = {}): Decorator {
  const max = options.max ?? SHORT_TEXT;
  return applyDecorators(
    ...presence(options),
    IsString(),
    IsNotEmpty(),
    MaxLength(max),
    doc(options, { type: String, maxLength: max, minLength: 1 }),
  );
}

export function UuidField(options: Common = {}): Decorator {
  return applyDecorators(...presence(options), IsUUID('all'), doc(options, { type: String, format: 'uuid' }));
}

export function DateField(options: Common = {}): Decorator {
  return applyDecorators(
    ...presence(options),
    IsString(),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date as YYYY-MM-DD' }),
    doc(options, { type: String, format: 'date', example: options.example ?? '2026-11-23' }),
  );
}

export function EnumField(values: readonly string[], options: Common = {}): Decorator {
  return applyDecorators(
    ...presence(options),
    IsIn(values, { message: `$property must be one of ${values.join(', ')}` }),
    doc(options, { type: String, enum: [...values] }),
  );
}

export function BooleanField(options: Common = {}): Decorator {
  return applyDecorators(...presence(options), IsBoolean(), doc(options, { type: Boolean }));
}

export function IntegerField(options: Common & { readonly min?: number; readonly max?: number } = {}): Decorator {
  const min = options.min ?? 0;
  const max = options.max ?? 1_000_000;
  return applyDecorators(
    ...presence(options),
    IsInt(),
    Min(min),
    Max(max),
    doc(options, { type: 'integer', minimum: min, maximum: max }),
  );
}

export function NumberField(options: Common & { readonly min?: number; readonly max?: number } = {}): Decorator {
  const min = options.min ?? 0;
  const max = options.max ?? 1_000_000_000;
  return applyDecorators(
    ...presence(options),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    Min(min),
    Max(max),
    doc(options, { type: Number, minimum: min, maximum: max }),
  );
}

/** An array of strings; `values` restricts them to an enumeration, `format` documents ids or dates. */
export function StringArrayField(
  options: Common & {
    readonly minItems?: number;
    readonly maxItems?: number;
    readonly values?: readonly string[];
    readonly uuid?: boolean;
    readonly max?: number;
  } = {},
): Decorator {
  const minItems = options.minItems ?? 0;
  const maxItems = options.maxItems ?? MAX_ITEMS;
  const itemChecks = options.values
    ? [IsIn(options.values, { each: true, message: `each of $property must be one of ${options.values.join(', ')}` })]
    : options.uuid
      ? [IsUUID('all', { each: true })]
      : [IsString({ each: true }), IsNotEmpty({ each: true }), MaxLength(options.max ?? SHORT_TEXT, { each: true })];
  const items = options.values
    ? { type: 'string', enum: [...options.values] }
    : options.uuid
      ? { type: 'string', format: 'uuid' }
      : { type: 'string', minLength: 1, maxLength: options.max ?? SHORT_TEXT };
  return applyDecorators(
    ...presence(options),
    IsArray(),
    ArrayMinSize(minItems),
    ArrayMaxSize(maxItems),
    ...itemChecks,
    doc(options, { type: 'array', items, minItems, maxItems }),
  );
}

/** A nested object, or with `array` a list of them, validated by its own DTO class. */
export function NestedField(
  type: () => new () => object,
  options: Common & { readonly array?: boolean; readonly minItems?: number; readonly maxItems?: number } = {},
): Decorator {
  const minItems = options.minItems ?? 0;
  const maxItems = options.maxItems ?? MAX_ITEMS;
  // ValidateNested alone lets a missing or non-object value through.
  const shapeChecks = options.array ? [IsArray(), ArrayMinSize(minItems), ArrayMaxSize(maxItems)] : [IsObject()];
  return applyDecorators(
    ...presence(options),
    ...shapeChecks,
    ValidateNested({ each: options.array === true }),
    Type(type),
    doc(options, options.array ? { type: [type()], minItems, maxItems } : { type: type() }),
  );
}

import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Matches, ValidateIf } from 'class-validator';

const CBS_CODE = /^GM\d{4}$/;
/** A region is a handful of municipalities; a list longer than this is no region. */
const MAX_MUNICIPALITIES = 50;

interface Options {
  readonly optional?: boolean;
  readonly array?: boolean;
  readonly description: string;
}

/**
 * A CBS municipality code (GM and four digits), or with `array` a list of them, validated and
 * documented at once like the decorators in `fields.ts`. Left out is allowed when optional,
 * `null` is not.
 */
export function MunicipalityCodeField(options: Options): PropertyDecorator {
  const presence = options.optional ? [ValidateIf((_object: object, value: unknown) => value !== undefined)] : [];
  const each = options.array === true;
  const shape = each ? [IsArray(), ArrayMinSize(1), ArrayMaxSize(MAX_MUNICIPALITIES)] : [];
  const item = { type: 'string', pattern: '^GM\\d{4}$', example: 'GM0375' };
  const schema: Record<string, unknown> = each
    ? { type: 'array', items: item, minItems: 1, maxItems: MAX_MUNICIPALITIES, example: ['GM0375', 'GM0396'] }
    : { ...item, type: String };
  const doc = options.optional ? ApiPropertyOptional : ApiProperty;
  return applyDecorators(
    ...presence,
    ...shape,
    IsString({ each }),
    Matches(CBS_CODE, { each, message: '$property must be a CBS municipality code: GM and four digits' }),
    doc({ description: options.description, ...schema }),
  );
}

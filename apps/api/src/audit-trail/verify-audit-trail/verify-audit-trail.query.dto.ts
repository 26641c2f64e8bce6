import { ApiPropertyOptional } from '@nestjs/swagger';
import { ValidateBy, ValidateIf } from 'class-validator';
import { PositionQueryDto } from '../../http/query.dto';

const MAX_STREAM_ID = 200;
const STREAM_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/** `minPosition` is accepted like every query's; the walk reads the store itself, which already holds it. */
export class VerifyAuditTrailQueryDto extends PositionQueryDto {
  @ValidateIf((_object: object, value: unknown) => value !== undefined)
  @ValidateBy(
    {
      name: 'isStreamId',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && value.length <= MAX_STREAM_ID && STREAM_ID.test(value),
      },
    },
    { message: `$property must be a stream id of 1 to ${MAX_STREAM_ID} letters, digits, '.', '_', ':' or '-'` },
  )
  @ApiPropertyOptional({
    type: 'string',
    minLength: 1,
    maxLength: MAX_STREAM_ID,
    pattern: STREAM_ID.source,
    description: 'Check this stream only (e.g. advice-trajectory-{id}); every stream when absent.',
  })
  streamId?: string;
}

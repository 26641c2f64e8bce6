import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { OutboxEntry } from '#notifications';
import { OUTBOX_STATUSES } from './list-outbox-messages.query.dto';

export class OutboxMessageDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'step-recorded' }) kind!: string;
  @ApiProperty({ enum: ['staff', 'resident'] }) audience!: string;
  @ApiProperty({ description: "A staff member's login id (`sub`); empty for a resident, whose address stays sealed." })
  recipient!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ description: 'The text of the mail.' }) body!: string;
  @ApiProperty({ enum: [...OUTBOX_STATUSES] }) status!: string;
  @ApiProperty() attempts!: number;
  @ApiPropertyOptional({ description: "The mail server's last refusal, when it refused." }) lastError?: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) sentAt?: string;
}

export class OutboxMessageListDto {
  @ApiProperty({ type: [OutboxMessageDto] }) items!: OutboxMessageDto[];
  @ApiProperty() total!: number;
  @ApiProperty() offset!: number;
  @ApiProperty() limit!: number;
}

/** A row as the API shows it: instants as ISO text, absent fields left out. */
export function presentOutboxMessage({ lastError, createdAt, sentAt, ...message }: OutboxEntry): OutboxMessageDto {
  return {
    ...message,
    ...(lastError === null ? {} : { lastError }),
    createdAt: createdAt.toISOString(),
    ...(sentAt === null ? {} : { sentAt: sentAt.toISOString() }),
  };
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BODY_DISPUTE_SUBJECTS, SIDES } from '#domain';

/** A dispute about one advice trajectory, or about the body's facilities, agreements or information. */
export class DisputeDto {
  @ApiProperty({ enum: ['trajectory', 'body'] }) kind!: string;
  @ApiProperty({ format: 'uuid' }) bodyId!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'For a trajectory dispute.' }) trajectoryId?: string;
  @ApiPropertyOptional({ description: "The trajectory's subject." }) subject?: string;
  @ApiPropertyOptional({ minimum: 1, description: 'Its number within the trajectory.' }) disputeNumber?: number;
  @ApiPropertyOptional({ format: 'uuid', description: 'For a body dispute.' }) disputeId?: string;
  @ApiProperty({ enum: ['trajectory', ...BODY_DISPUTE_SUBJECTS] }) about!: string;
  @ApiPropertyOptional({ enum: [...SIDES], description: 'Which side raised it.' }) raisedBy?: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date-time' }) raisedAt!: string;
  @ApiProperty({ enum: ['open', 'resolved'] }) status!: string;
  @ApiPropertyOptional({ description: "The dispute committee's resolution." }) resolution?: string;
  @ApiPropertyOptional({ format: 'date-time' }) resolvedAt?: string;
}

export class DisputeListDto {
  @ApiProperty({ type: [DisputeDto] }) items!: DisputeDto[];
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONSULTATION_PARTNERS } from '#domain';

export class ConsultationDto {
  @ApiProperty({ format: 'uuid' }) consultationId!: string;
  @ApiProperty({ format: 'date' }) heldOn!: string;
  @ApiProperty({ enum: [...CONSULTATION_PARTNERS] }) with!: string;
  @ApiProperty({ type: [String] }) topics!: string[];
  @ApiPropertyOptional() agreements?: string;
}

export class CountAgainstNormDto {
  @ApiProperty({ type: 'integer', minimum: 0 }) count!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'How many the norm asks for in the year.' }) norm!: number;
  @ApiProperty({
    type: 'boolean',
    nullable: true,
    description: 'null while the year runs and the norm can still be met.',
  })
  met!: boolean | null;
}

export class ProgrammeManagerCountDto extends CountAgainstNormDto {
  @ApiProperty({ type: 'integer', minimum: 1 }) everyMonths!: number;
}

export class ConsultationYearDto {
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ description: 'The year has not ended yet.' }) inProgress!: boolean;
  @ApiProperty({ type: CountAgainstNormDto }) alderman!: CountAgainstNormDto;
  @ApiProperty({ type: ProgrammeManagerCountDto }) programmeManager!: ProgrammeManagerCountDto;
  @ApiProperty({ type: [ConsultationDto], description: 'Oldest held first.' }) consultations!: ConsultationDto[];
}

export class ConsultationNormDto {
  @ApiProperty({ type: 'integer', example: 2 }) aldermanConsultationsPerYear!: number;
  @ApiProperty({ type: 'integer', example: 2 }) programmeManagerConsultationEveryMonths!: number;
}

export class ConsultationListDto {
  @ApiProperty({ format: 'uuid' }) bodyId!: string;
  @ApiProperty({
    type: ConsultationNormDto,
    description: 'The strictest norm of the municipalities the body serves (their regulations, or the defaults).',
  })
  norm!: ConsultationNormDto;
  @ApiProperty({ type: [ConsultationYearDto], description: 'Every year since the body was established, newest first.' })
  items!: ConsultationYearDto[];
  @ApiProperty() total!: number;
  @ApiProperty() offset!: number;
  @ApiProperty() limit!: number;
}

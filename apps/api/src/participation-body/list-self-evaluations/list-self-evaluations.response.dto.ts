import { ApiProperty } from '@nestjs/swagger';

export class SelfEvaluationDto {
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ description: "The body's reflection on its year." }) summary!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

export class SelfEvaluationListDto {
  @ApiProperty({ format: 'uuid' }) bodyId!: string;
  @ApiProperty({ type: [SelfEvaluationDto], description: 'Newest year first.' }) items!: SelfEvaluationDto[];
  @ApiProperty() total!: number;
  @ApiProperty() offset!: number;
  @ApiProperty() limit!: number;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AdviceSummaryDto } from '../list-advice/list-advice.response.dto';

export const DEADLINE_KINDS = ['college-response', 'body-advice', 'follow-up'] as const;

export class DeadlineDto {
  @ApiProperty({ enum: [...DEADLINE_KINDS] }) kind!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiPropertyOptional({ description: "A follow-up checkpoint's description." }) description?: string;
  @ApiProperty({ description: 'The date has passed (Europe/Amsterdam) without the step it asks for.' })
  overdue!: boolean;
}

export class TrajectoryDeadlinesDto {
  @ApiProperty({ type: AdviceSummaryDto }) trajectory!: AdviceSummaryDto;
  @ApiProperty({ type: [DeadlineDto], description: 'Soonest first.' }) deadlines!: DeadlineDto[];
}

export class DeadlineListDto {
  @ApiProperty({ enum: ['official', 'body'], description: "Whose terms: the caller's own, or the body's." })
  holder!: string;
  @ApiProperty({ format: 'date', description: 'Terms before this date are listed.' }) horizon!: string;
  @ApiProperty({ type: [TrajectoryDeadlinesDto] }) items!: TrajectoryDeadlinesDto[];
  @ApiProperty() total!: number;
  @ApiProperty() offset!: number;
  @ApiProperty() limit!: number;
}

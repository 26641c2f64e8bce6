import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const PROBLEM_JSON = 'application/problem+json';

export class InvalidParamDto {
  @ApiProperty({ description: 'The offending field, as a path into the request (`recommendations[1].text`).' })
  name!: string;

  @ApiProperty({ description: 'What is wrong with it.' })
  reason!: string;
}

/** RFC 9457 problem details, as the NL GOV API Design Rules ask for every error. */
export class ProblemDetailsDto {
  @ApiProperty({ example: 'about:blank' })
  type!: string;

  @ApiProperty({ example: 'Unprocessable Content' })
  title!: string;

  @ApiProperty({ example: 422 })
  status!: number;

  @ApiProperty({ example: 'A temporary table can only close once the client perspective was heard.' })
  detail!: string;

  @ApiPropertyOptional({ example: '/api/v1/temporary-tables/3f0b…/_close' })
  instance?: string;

  @ApiPropertyOptional({
    description: 'Stable code of the refusal, for clients and translations.',
    example: 'TEMPORARY_TABLE.CLIENT_PERSPECTIVE_MISSING',
  })
  code?: string;

  @ApiPropertyOptional({ type: [InvalidParamDto], description: 'Every offending field of a bad request.' })
  invalidParams?: InvalidParamDto[];
}

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code?: string;
  invalidParams?: { name: string; reason: string }[];
}

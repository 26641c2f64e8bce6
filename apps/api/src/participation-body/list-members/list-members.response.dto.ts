import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MEMBER_EXPERTISE, MEMBER_ROLES } from '#domain';

export class MemberNameDto {
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiPropertyOptional({ description: 'Only for roles that may see personal data.' }) name?: string;
  @ApiPropertyOptional({ description: 'True once the member was forgotten.' }) erased?: boolean;
  @ApiPropertyOptional({ description: 'True when your role may not see personal data.' }) restricted?: boolean;
}

/** The member's self-declared profile, given with consent: personal data. */
export class MemberProfileDto {
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiPropertyOptional({ example: 'Wijk aan Zee' }) district?: string;
  @ApiPropertyOptional({ example: '65+' }) ageBand?: string;
  @ApiPropertyOptional() gender?: string;
  @ApiPropertyOptional() background?: string;
  @ApiPropertyOptional() education?: string;
  @ApiPropertyOptional({ description: 'True once the member was forgotten.' }) erased?: boolean;
  @ApiPropertyOptional({ description: 'True when your role may not see personal data.' }) restricted?: boolean;
}

export class MemberDto {
  @ApiProperty({ format: 'uuid', description: 'Also the person their data is kept under.' }) memberId!: string;
  @ApiProperty({ type: MemberNameDto }) displayName!: MemberNameDto;
  @ApiProperty({ enum: [...MEMBER_ROLES] }) role!: string;
  @ApiProperty({ enum: [...MEMBER_EXPERTISE], isArray: true }) expertise!: string[];
  @ApiProperty({ type: [String] }) focusAreas!: string[];
  @ApiProperty({ type: [String] }) workingGroups!: string[];
  @ApiPropertyOptional({ description: "The member's login (sub); only for roles that may see personal data." })
  subject?: string;
  @ApiPropertyOptional({ type: MemberProfileDto, description: 'Present when the member gave a profile.' })
  profile?: MemberProfileDto;
  @ApiProperty({ format: 'date-time' }) appointedAt!: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the membership ended; absent while it lasts.' })
  endedAt?: string;
}

export class MemberListDto {
  @ApiProperty({ format: 'uuid' }) bodyId!: string;
  @ApiProperty({ type: [MemberDto], description: 'Everyone appointed, in order of appointment.' }) items!: MemberDto[];
  @ApiProperty() total!: number;
  @ApiProperty() offset!: number;
  @ApiProperty() limit!: number;
}

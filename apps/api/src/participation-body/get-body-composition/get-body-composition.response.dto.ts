import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MEMBER_EXPERTISE, MEMBER_PROFILE_FIELDS, MEMBER_ROLES } from '#domain';
import { ShownCountDto } from '../shown-count.dto';

export class RoleCountDto extends ShownCountDto {
  @ApiProperty({ enum: [...MEMBER_ROLES] }) value!: string;
}

export class ExpertiseCountDto extends ShownCountDto {
  @ApiProperty({ enum: [...MEMBER_EXPERTISE, 'none'], description: '`none`: members with neither.' }) value!: string;
}

export class ProfileValueCountDto extends ShownCountDto {
  @ApiProperty({ example: 'Wijk aan Zee', description: 'A self-declared value.' }) value!: string;
}

export class ProfileAttributeCountsDto {
  @ApiProperty({ enum: [...MEMBER_PROFILE_FIELDS] }) attribute!: string;
  @ApiProperty({ type: [ProfileValueCountDto] }) values!: ProfileValueCountDto[];
  @ApiProperty({ type: ShownCountDto, description: 'Current members who left this attribute open or gave no profile.' })
  notDeclared!: ShownCountDto;
  @ApiPropertyOptional({
    type: ShownCountDto,
    description: 'When small counts are suppressed: values held by fewer than five members, counted together unnamed.',
  })
  otherValues?: ShownCountDto;
}

export class BodyCompositionDto {
  @ApiProperty({ format: 'uuid' }) bodyId!: string;
  @ApiProperty({ type: ShownCountDto, description: 'Current members.' }) members!: ShownCountDto;
  @ApiProperty({ type: [RoleCountDto] }) byRole!: RoleCountDto[];
  @ApiProperty({ type: [ExpertiseCountDto], description: 'A member may hold both kinds.' })
  byExpertise!: ExpertiseCountDto[];
  @ApiProperty({ type: ShownCountDto, description: 'Members who gave a profile, with their consent.' })
  profilesDeclared!: ShownCountDto;
  @ApiProperty({ type: [ProfileAttributeCountsDto] }) profile!: ProfileAttributeCountsDto[];
}

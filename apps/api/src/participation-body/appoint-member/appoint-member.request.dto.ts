import { MEMBER_EXPERTISE, MEMBER_ROLES } from '#domain';
import { BooleanField, EnumField, NestedField, StringArrayField, TextField, UuidField } from '../../http/fields';
import { MemberProfileDto } from './member-profile.dto';

export class AppointMemberRequestDto {
  @UuidField({
    optional: true,
    description: 'Id for the new member, also the person their name is kept under; the server makes one when absent.',
  })
  memberId?: string;

  @TextField({ description: 'Name the member is known by (personal data).', example: 'Mira de Vries' })
  displayName!: string;

  @EnumField(MEMBER_ROLES, { description: "The member's place in the body." })
  role!: (typeof MEMBER_ROLES)[number];

  @StringArrayField({
    maxItems: MEMBER_EXPERTISE.length,
    values: MEMBER_EXPERTISE,
    description: 'Lived experience (ervaringsdeskundige) and/or policy expertise (beleidsdeskundige).',
  })
  expertise!: (typeof MEMBER_EXPERTISE)[number][];

  @StringArrayField({
    optional: true,
    maxItems: 20,
    description: 'Subjects the member looks after.',
    example: ['beschermd wonen'],
  })
  focusAreas?: string[];

  @TextField({
    optional: true,
    description: "The person's login (`sub` of their token), so that they act for the body as this member.",
    example: 'c9b1e7f2-lid-17',
  })
  subject?: string;

  @NestedField(() => MemberProfileDto, {
    optional: true,
    description:
      'Self-declared district, age band, gender, background and education (personal data); needs profileConsent.',
  })
  profile?: MemberProfileDto;

  @BooleanField({
    optional: true,
    description: 'The member consented to recording the profile; required with profile.',
  })
  profileConsent?: boolean;

  @StringArrayField({
    optional: true,
    maxItems: 20,
    description: 'Working groups the member takes part in.',
    example: ['werkgroep jeugd'],
  })
  workingGroups?: string[];
}

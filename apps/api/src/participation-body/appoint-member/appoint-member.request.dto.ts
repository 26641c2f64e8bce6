import { MEMBER_EXPERTISE, MEMBER_ROLES } from '#domain';
import { EnumField, StringArrayField, TextField, UuidField } from '../../http/fields';

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
}

import { TextField } from '../../http/fields';

export class EndMembershipRequestDto {
  @TextField({
    max: 2_000,
    description: 'Why the membership ends (kept as personal data of the member).',
    example: 'Verhuisd naar een andere regio.',
  })
  reason!: string;
}

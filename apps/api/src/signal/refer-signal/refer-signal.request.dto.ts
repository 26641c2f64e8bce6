import { TextField } from '../../http/fields';

export class ReferSignalRequestDto {
  @TextField({ description: 'The organisation the signal is referred to.', example: 'Cliëntondersteuning Velsen' })
  referredTo!: string;

  @TextField({
    optional: true,
    max: 2_000,
    description: 'A note on the referral.',
    example: 'Bewoner belt zelf terug.',
  })
  note?: string;
}

import { TextField } from '../../http/fields';

/** Self-declared diversity attributes (seed 004, "Structuur"); personal data, each optional. */
export class MemberProfileDto {
  @TextField({
    optional: true,
    max: 100,
    description: 'District or village the member lives in.',
    example: 'Wijk aan Zee',
  })
  district?: string;

  @TextField({ optional: true, max: 50, description: 'Age band, as the member declares it.', example: '65-74' })
  ageBand?: string;

  @TextField({ optional: true, max: 50, description: 'Gender, as the member declares it.', example: 'vrouw' })
  gender?: string;

  @TextField({
    optional: true,
    max: 100,
    description: 'Background, as the member declares it.',
    example: 'Turks-Nederlands',
  })
  background?: string;

  @TextField({ optional: true, max: 100, description: 'Education, as the member declares it.', example: 'mbo' })
  education?: string;
}

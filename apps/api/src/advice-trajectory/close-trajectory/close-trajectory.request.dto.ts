import { LONG_TEXT, TextField } from '../../http/fields';

export class CloseTrajectoryRequestDto {
  @TextField({ optional: true, max: LONG_TEXT, description: 'A closing note.' })
  note?: string;
}

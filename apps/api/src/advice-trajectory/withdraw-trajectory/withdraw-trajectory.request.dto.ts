import { LONG_TEXT, TextField } from '../../http/fields';

export class WithdrawTrajectoryRequestDto {
  @TextField({ max: LONG_TEXT, description: 'Why the trajectory is withdrawn.' })
  reason!: string;
}

import { oneTextTrajectoryForm } from '../trajectory-form-context';

/** WithdrawTrajectory: the trajectory ends without going further, with the reason why. */
export const withdrawTrajectoryForm = oneTextTrajectoryForm(
  (t) => ({ ...t.forms.withdrawTrajectory, label: t.forms.withdrawTrajectory.reason }),
  '/_withdraw',
  'reason',
  true,
);

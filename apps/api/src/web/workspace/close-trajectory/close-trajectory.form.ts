import { oneTextTrajectoryForm } from '../trajectory-form-context';

/** CloseTrajectory: the trajectory ends once the college has answered and no dispute is open. */
export const closeTrajectoryForm = oneTextTrajectoryForm(
  (t) => ({ ...t.forms.closeTrajectory, label: t.forms.closeTrajectory.note }),
  '/_close',
  'note',
  false,
);

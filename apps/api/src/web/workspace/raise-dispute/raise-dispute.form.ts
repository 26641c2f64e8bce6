import { oneTextTrajectoryForm } from '../trajectory-form-context';

/** RaiseDispute: a party says an agreement on the trajectory was not kept. */
export const raiseDisputeForm = oneTextTrajectoryForm(
  (t) => ({ ...t.forms.raiseDispute, label: t.forms.raiseDispute.reason }),
  '/disputes',
  'reason',
  true,
);

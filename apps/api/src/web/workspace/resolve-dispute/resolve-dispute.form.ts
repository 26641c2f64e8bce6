import { oneTextTrajectoryForm } from '../trajectory-form-context';

/** ResolveDispute: the independent dispute committee's ruling on the trajectory's open dispute. */
export const resolveDisputeForm = oneTextTrajectoryForm(
  (t) => ({ ...t.forms.resolveDispute, label: t.forms.resolveDispute.resolution }),
  '/disputes/_resolve',
  'resolution',
  true,
);

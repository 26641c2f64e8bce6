import type { LinkTemporaryTable } from './advice-trajectory.commands';
import type { TemporaryTableLinked } from './advice-trajectory.events';
import { tableMustNotBeLinkedYet, trajectoryMustBeOngoing } from './advice-trajectory.rules';
import type { AdviceTrajectoryState } from './advice-trajectory.state';

export function decideLinkTemporaryTable(
  command: LinkTemporaryTable,
  state: AdviceTrajectoryState,
): TemporaryTableLinked[] {
  const { trajectoryId, tableId } = command.data;
  trajectoryMustBeOngoing(state);
  tableMustNotBeLinkedYet(state, tableId);
  return [{ type: 'TemporaryTableLinked', data: { trajectoryId, tableId } }];
}

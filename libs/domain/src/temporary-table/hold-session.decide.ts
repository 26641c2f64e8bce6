import type { HoldSession } from './temporary-table.commands';
import type { SessionHeld } from './temporary-table.events';
import { attendanceMustCountKnownGroups, sessionMustHaveBeenHeld } from './temporary-table.session.rules';
import { sessionMustNotBeHeldYet, tableMustBeOpen } from './temporary-table.rules';
import type { TemporaryTableState } from './temporary-table.state';

export function decideHoldSession(command: HoldSession, state: TemporaryTableState): SessionHeld[] {
  const { tableId, sessionId, heldOn } = command.data;
  tableMustBeOpen(state);
  sessionMustNotBeHeldYet(state, sessionId);
  sessionMustHaveBeenHeld(heldOn, command.context.now);
  const attendance = attendanceMustCountKnownGroups(command.data.attendance);
  return [{ type: 'SessionHeld', data: { tableId, sessionId, heldOn, attendance } }];
}

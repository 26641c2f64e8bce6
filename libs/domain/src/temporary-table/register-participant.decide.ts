import { personal } from '../kit';
import type { RegisterParticipant } from './temporary-table.commands';
import type { ParticipantRegistered } from './temporary-table.events';
import { optionalText, participantMustConsent, perspectiveMustBeAGroup } from './temporary-table.input.rules';
import { participantMustNotBeRegisteredYet, tableMustBeOpen } from './temporary-table.rules';
import type { TemporaryTableState } from './temporary-table.state';

export function decideRegisterParticipant(
  command: RegisterParticipant,
  state: TemporaryTableState,
): ParticipantRegistered[] {
  const { tableId, participantId, perspective, consent } = command.data;
  tableMustBeOpen(state);
  participantMustNotBeRegisteredYet(state, participantId);
  perspectiveMustBeAGroup(perspective);
  participantMustConsent(consent);
  const displayName = optionalText(command.data.displayName);
  const ageBand = optionalText(command.data.ageBand);
  const area = optionalText(command.data.area);
  return [
    {
      type: 'ParticipantRegistered',
      data: {
        tableId,
        participantId,
        perspective,
        consent: true,
        ...(displayName === undefined ? {} : { displayName: personal(participantId, displayName) }),
        ...(ageBand === undefined ? {} : { ageBand }),
        ...(area === undefined ? {} : { area }),
      },
    },
  ];
}

import { specification } from '../testing';
import type { RegisterParticipant } from './temporary-table.commands';
import { temporaryTableDecider } from './temporary-table.decider';
import {
  closedHistory,
  otherParticipantId,
  participantRegistered,
  registerParticipant,
  tableId,
  tableOpened,
} from './temporary-table.fixtures';

const spec = specification(temporaryTableDecider);

describe('registering a participant', () => {
  describe('when the table has not been opened', () => {
    it('refuses the participant', () => {
      spec.given([]).when(registerParticipant()).thenRefuses('TEMPORARY_TABLE.NOT_FOUND', 'not-found');
    });
  });

  describe('when the table is open', () => {
    it('registers the participant, keeping the name as personal data of the participant', () => {
      spec.given([tableOpened]).when(registerParticipant()).then([participantRegistered]);
    });

    it('records name, age band and area without surrounding spaces', () => {
      spec
        .given([tableOpened])
        .when(registerParticipant({ displayName: ' Anouk Jansen ', ageBand: '45-64 ', area: ' Velsen-Noord' }))
        .then([participantRegistered]);
    });

    it('registers a participant who gives only a perspective', () => {
      spec
        .given([tableOpened])
        .when(
          registerParticipant({
            participantId: otherParticipantId,
            perspective: 'youth',
            displayName: undefined,
            ageBand: undefined,
            area: undefined,
          }),
        )
        .then([
          {
            type: 'ParticipantRegistered',
            data: { tableId, participantId: otherParticipantId, perspective: 'youth', consent: true },
          },
        ]);
    });

    it('leaves out a blank name', () => {
      const { displayName: _displayName, ...data } = participantRegistered.data;
      spec
        .given([tableOpened])
        .when(registerParticipant({ displayName: '  ' }))
        .then([{ type: 'ParticipantRegistered', data }]);
    });

    it('refuses a participant who did not consent', () => {
      spec
        .given([tableOpened])
        .when(registerParticipant({ consent: false }))
        .thenRefuses('TEMPORARY_TABLE.CONSENT_MISSING', 'rule');
    });

    it('refuses a participant whose consent is not a plain yes', () => {
      const consent = 'yes' as unknown as boolean;
      spec
        .given([tableOpened])
        .when(registerParticipant({ consent }))
        .thenRefuses('TEMPORARY_TABLE.CONSENT_MISSING', 'rule');
    });

    it('refuses a perspective that is not one of the groups', () => {
      const perspective = 'alderman' as RegisterParticipant['data']['perspective'];
      spec
        .given([tableOpened])
        .when(registerParticipant({ perspective }))
        .thenRefuses('TEMPORARY_TABLE.GROUP_UNKNOWN', 'rule');
    });
  });

  describe('when the participant is already registered', () => {
    it('refuses to register them again', () => {
      spec
        .given([tableOpened, participantRegistered])
        .when(registerParticipant())
        .thenRefuses('TEMPORARY_TABLE.PARTICIPANT_ALREADY_REGISTERED', 'conflict');
    });
  });

  describe('when the table is closed', () => {
    it('refuses a new participant', () => {
      spec.given(closedHistory).when(registerParticipant()).thenRefuses('TEMPORARY_TABLE.CLOSED', 'conflict');
    });
  });
});

import { specification } from '../testing';
import { participationBodyDecider } from './participation-body.decider';
import { bodyEstablished, consultationRecorded, recordConsultation, refusalOf } from './participation-body.fixtures';

const spec = specification(participationBodyDecider);

describe('recording a consultation', () => {
  describe('when the body has not been established', () => {
    it('refuses the consultation', () => {
      spec.given([]).when(recordConsultation()).thenRefuses('PARTICIPATION_BODY.NOT_FOUND', 'not-found');
    });
  });

  describe('when the body has been established', () => {
    it('records the consultation with the alderman and its agreements', () => {
      spec.given([bodyEstablished]).when(recordConsultation()).then([consultationRecorded]);
    });

    it('records a consultation with the programme manager held today, without agreements', () => {
      spec
        .given([bodyEstablished])
        .when(recordConsultation({ with: 'programme-manager', heldOn: '2026-11-23', agreements: undefined }))
        .then([
          {
            type: 'ConsultationRecorded',
            data: {
              bodyId: bodyEstablished.data.bodyId,
              consultationId: consultationRecorded.data.consultationId,
              heldOn: '2026-11-23',
              with: 'programme-manager',
              topics: ['werkagenda 2027', 'inkoop jeugdhulp'],
            },
          },
        ]);
    });

    it('leaves out agreements that are blank', () => {
      const { agreements: _agreements, ...withoutAgreements } = consultationRecorded.data;
      spec
        .given([bodyEstablished])
        .when(recordConsultation({ agreements: '  ' }))
        .then([{ type: 'ConsultationRecorded', data: withoutAgreements }]);
    });

    it('records topics and agreements without surrounding spaces', () => {
      spec
        .given([bodyEstablished])
        .when(
          recordConsultation({
            topics: [' werkagenda 2027', 'inkoop jeugdhulp '],
            agreements: ' De raad wordt vóór de zomer betrokken bij de inkoop jeugdhulp. ',
          }),
        )
        .then([consultationRecorded]);
    });

    it('refuses a date that is not a calendar date', () => {
      spec
        .given([bodyEstablished])
        .when(recordConsultation({ heldOn: '2026-02-30' }))
        .thenRefuses('PARTICIPATION_BODY.HELD_ON_INVALID', 'rule');
    });

    it('refuses a consultation that is still to come', () => {
      spec
        .given([bodyEstablished])
        .when(recordConsultation({ heldOn: '2026-11-24' }))
        .thenRefuses('PARTICIPATION_BODY.CONSULTATION_IN_FUTURE', 'rule');
    });

    it('refuses a consultation without topics', () => {
      spec
        .given([bodyEstablished])
        .when(recordConsultation({ topics: [] }))
        .thenRefuses('PARTICIPATION_BODY.TOPICS_MISSING', 'rule');
    });

    it('refuses a blank topic and names it', () => {
      const command = recordConsultation({ topics: ['werkagenda 2027', ''] });
      spec.given([bodyEstablished]).when(command).thenRefuses('PARTICIPATION_BODY.TOPICS_MISSING', 'rule');
      const state = participationBodyDecider.evolve(participationBodyDecider.initialState(), bodyEstablished);
      expect(refusalOf(() => participationBodyDecider.decide(command, state))).toMatchObject({ field: 'topics[1]' });
    });
  });

  describe('when the consultation has already been recorded', () => {
    it('refuses to record it again', () => {
      spec
        .given([bodyEstablished, consultationRecorded])
        .when(recordConsultation())
        .thenRefuses('PARTICIPATION_BODY.CONSULTATION_ALREADY_RECORDED', 'conflict');
    });
  });
});

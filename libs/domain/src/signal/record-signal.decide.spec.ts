import { specification } from '../testing';
import { signalDecider } from './signal.decider';
import { recordSignal, reporterId, signalRecorded } from './signal.fixtures';

const spec = specification(signalDecider);
const anonymousSubjectId = 'c0a80101-0000-4000-8000-0000000000a2';

describe('recording a signal', () => {
  describe('when the signal does not exist yet', () => {
    it('records the signal with its reporter and free texts as personal data', () => {
      spec.given([]).when(recordSignal()).then([signalRecorded]);
    });

    it('records a signal without a reporter, its summary stored under a fresh subject', () => {
      spec
        .given([])
        .when(
          recordSignal({
            reporter: undefined,
            subjectId: anonymousSubjectId,
            area: undefined,
            targetGroups: undefined,
          }),
        )
        .then([
          {
            type: 'SignalRecorded',
            data: {
              signalId: signalRecorded.data.signalId,
              bodyId: signalRecorded.data.bodyId,
              municipalityCode: 'GM0453',
              channel: 'living-room-talk',
              receivedOn: '2026-11-20',
              themes: ['vervoer', 'eenzaamheid'],
              domain: 'wmo',
              subjectId: anonymousSubjectId,
              summary: {
                personId: anonymousSubjectId,
                value: 'Regiotaxi komt vaak te laat, bewoners missen afspraken.',
              },
              targetGroups: [],
            },
          },
        ]);
    });

    it('records a reporter without contact details', () => {
      spec
        .given([])
        .when(recordSignal({ reporter: { personId: reporterId, name: 'J. de Vries', contact: ' ' } }))
        .then([
          {
            ...signalRecorded,
            data: { ...signalRecorded.data, reporter: { personId: reporterId, value: { name: 'J. de Vries' } } },
          },
        ]);
    });

    it('records texts without surrounding spaces', () => {
      spec
        .given([])
        .when(
          recordSignal({
            themes: [' vervoer', 'eenzaamheid '],
            summary: ' Regiotaxi komt vaak te laat, bewoners missen afspraken. ',
            area: ' IJmuiden ',
            targetGroups: [' ouderen '],
          }),
        )
        .then([signalRecorded]);
    });

    it('records a signal received today', () => {
      spec
        .given([])
        .when(recordSignal({ receivedOn: '2026-11-23' }))
        .then([{ ...signalRecorded, data: { ...signalRecorded.data, receivedOn: '2026-11-23' } }]);
    });

    it('refuses a municipality that is not named by its CBS code', () => {
      spec
        .given([])
        .when(recordSignal({ municipalityCode: 'Velsen' }))
        .thenRefuses('SIGNAL.MUNICIPALITY_CODE_INVALID', 'rule');
    });

    it('refuses a date that is not a calendar date', () => {
      spec
        .given([])
        .when(recordSignal({ receivedOn: '2026-02-30' }))
        .thenRefuses('SIGNAL.RECEIVED_ON_INVALID', 'rule');
    });

    it('refuses a signal received after today', () => {
      spec
        .given([])
        .when(recordSignal({ receivedOn: '2026-11-24' }))
        .thenRefuses('SIGNAL.RECEIVED_IN_FUTURE', 'rule');
    });

    it('refuses a signal without themes', () => {
      spec
        .given([])
        .when(recordSignal({ themes: [] }))
        .thenRefuses('SIGNAL.THEMES_MISSING', 'rule');
    });

    it('refuses a blank theme', () => {
      spec
        .given([])
        .when(recordSignal({ themes: ['vervoer', '  '] }))
        .thenRefuses('SIGNAL.THEMES_MISSING', 'rule');
    });

    it('refuses a theme named twice', () => {
      spec
        .given([])
        .when(recordSignal({ themes: ['vervoer', ' vervoer'] }))
        .thenRefuses('SIGNAL.THEME_REPEATED', 'rule');
    });

    it('refuses a signal without a summary', () => {
      spec
        .given([])
        .when(recordSignal({ summary: ' ' }))
        .thenRefuses('SIGNAL.SUMMARY_MISSING', 'rule');
    });

    it('refuses a blank target group', () => {
      spec
        .given([])
        .when(recordSignal({ targetGroups: ['ouderen', ''] }))
        .thenRefuses('SIGNAL.TARGET_GROUP_MISSING', 'rule');
    });

    it('refuses a reporter without a name', () => {
      spec
        .given([])
        .when(recordSignal({ reporter: { personId: reporterId, name: ' ' } }))
        .thenRefuses('SIGNAL.REPORTER_NAME_MISSING', 'rule');
    });
  });

  describe('when the reporter wants to hear by e-mail', () => {
    it('records the agreement with the reporter, as personal data', () => {
      spec
        .given([])
        .when(
          recordSignal({
            reporter: {
              personId: reporterId,
              name: 'J. de Vries',
              contact: 'j.devries@example.nl',
              feedbackByMail: true,
            },
          }),
        )
        .then([
          {
            ...signalRecorded,
            data: {
              ...signalRecorded.data,
              reporter: {
                personId: reporterId,
                value: { name: 'J. de Vries', contact: 'j.devries@example.nl', feedbackByMail: true },
              },
            },
          },
        ]);
    });

    it('leaves it out when the reporter does not', () => {
      spec
        .given([])
        .when(
          recordSignal({
            reporter: { personId: reporterId, name: 'J. de Vries', contact: '06-12345678', feedbackByMail: false },
          }),
        )
        .then([signalRecorded]);
    });

    it('refuses feedback by e-mail without an address', () => {
      spec
        .given([])
        .when(recordSignal({ reporter: { personId: reporterId, name: 'J. de Vries', feedbackByMail: true } }))
        .thenRefuses('SIGNAL.CONTACT_MISSING', 'rule');
    });

    it('refuses an answer that is not yes or no', () => {
      spec
        .given([])
        .when(recordSignal({ reporter: { personId: reporterId, name: 'J. de Vries', feedbackByMail: 'yes' as never } }))
        .thenRefuses('SIGNAL.FEEDBACK_BY_MAIL_INVALID', 'rule');
    });
  });

  describe('when the signal has been recorded', () => {
    it('refuses to record it again', () => {
      spec.given([signalRecorded]).when(recordSignal()).thenRefuses('SIGNAL.ALREADY_RECORDED', 'conflict');
    });
  });
});

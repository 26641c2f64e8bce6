import { specification } from '../testing';
import type { IssueAdvice } from './advice-trajectory.commands';
import { adviceTrajectoryDecider } from './advice-trajectory.decider';
import {
  adviceIssued,
  adviceRevised,
  advised,
  command,
  event,
  recommendations,
  responded,
  started,
  startedUnsolicited,
} from './advice-trajectory.fixtures';

const spec = specification(adviceTrajectoryDecider);

const issue = (overrides: Partial<IssueAdvice['data']> = {}) =>
  command('IssueAdvice', {
    issuedOn: '2026-09-01',
    summary: 'Make access to support simpler and visible.',
    clientPerspective: 'Clients lose their way between counters and forms.',
    recommendations,
    ...overrides,
  });

const revise = issue({
  issuedOn: '2026-09-10',
  summary: 'Make access to support simpler.',
  recommendations: [{ number: 1, text: 'Keep the neighbourhood teams as the single front door.' }],
});

describe('issuing advice', () => {
  describe('when the trajectory has started', () => {
    it('issues the first version of the advice', () => {
      spec.given([started]).when(issue()).then([adviceIssued]);
    });

    it('records the texts without surrounding spaces', () => {
      spec
        .given([started])
        .when(
          issue({
            summary: ' Make access to support simpler and visible. ',
            clientPerspective: '\tClients lose their way between counters and forms.',
            recommendations: recommendations.map((r) => ({ ...r, text: ` ${r.text} ` })),
          }),
        )
        .then([adviceIssued]);
    });

    it('issues advice dated today', () => {
      spec
        .given([started])
        .when(issue({ issuedOn: '2026-11-23' }))
        .then([{ ...adviceIssued, data: { ...adviceIssued.data, issuedOn: '2026-11-23' } }]);
    });

    it('refuses advice without a client perspective', () => {
      spec
        .given([started])
        .when(issue({ clientPerspective: '   ' }))
        .thenRefuses('ADVICE_TRAJECTORY.CLIENT_PERSPECTIVE_MISSING', 'rule');
    });

    it('refuses advice without a summary', () => {
      spec
        .given([started])
        .when(issue({ summary: '' }))
        .thenRefuses('ADVICE_TRAJECTORY.ADVICE_SUMMARY_MISSING', 'rule');
    });

    it('refuses advice without recommendations', () => {
      spec
        .given([started])
        .when(issue({ recommendations: [] }))
        .thenRefuses('ADVICE_TRAJECTORY.RECOMMENDATIONS_MISSING', 'rule');
    });

    it('refuses a recommendation numbered zero', () => {
      spec
        .given([started])
        .when(issue({ recommendations: [{ number: 0, text: 'Listen.' }] }))
        .thenRefuses('ADVICE_TRAJECTORY.RECOMMENDATION_NUMBER_INVALID', 'rule');
    });

    it('refuses a recommendation numbered with a fraction', () => {
      spec
        .given([started])
        .when(issue({ recommendations: [{ number: 1.5, text: 'Listen.' }] }))
        .thenRefuses('ADVICE_TRAJECTORY.RECOMMENDATION_NUMBER_INVALID', 'rule');
    });

    it('refuses two recommendations with the same number', () => {
      spec
        .given([started])
        .when(
          issue({
            recommendations: [
              { number: 1, text: 'Listen.' },
              { number: 1, text: 'Act.' },
            ],
          }),
        )
        .thenRefuses('ADVICE_TRAJECTORY.RECOMMENDATION_NUMBER_REPEATED', 'rule');
    });

    it('refuses a recommendation without text', () => {
      spec
        .given([started])
        .when(issue({ recommendations: [{ number: 1, text: ' ' }] }))
        .thenRefuses('ADVICE_TRAJECTORY.RECOMMENDATION_TEXT_MISSING', 'rule');
    });

    it('refuses an issue date that is not a calendar date', () => {
      spec
        .given([started])
        .when(issue({ issuedOn: '1 September 2026' }))
        .thenRefuses('ADVICE_TRAJECTORY.DATE_INVALID', 'rule');
    });

    it('refuses advice dated in the future', () => {
      spec
        .given([started])
        .when(issue({ issuedOn: '2026-11-24' }))
        .thenRefuses('ADVICE_TRAJECTORY.DATE_IN_FUTURE', 'rule');
    });
  });

  describe('when the advice has been issued and awaits the college', () => {
    it('issues a revision that supersedes the earlier version', () => {
      spec.given(advised).when(revise).then([adviceRevised]);
    });

    it('numbers a second revision after the first', () => {
      spec
        .given([...advised, adviceRevised])
        .when(issue({ issuedOn: '2026-09-12' }))
        .then([
          { ...adviceIssued, data: { ...adviceIssued.data, version: 3, supersedesVersion: 2, issuedOn: '2026-09-12' } },
        ]);
    });

    it('refuses a revision dated before the version it supersedes', () => {
      spec
        .given(advised)
        .when(issue({ issuedOn: '2026-08-31' }))
        .thenRefuses('ADVICE_TRAJECTORY.DATE_OUT_OF_ORDER', 'rule');
    });
  });

  describe('when the trajectory has no response deadline', () => {
    const withoutDeadline = event('AdviceTrajectoryStarted', { ...startedUnsolicited.data });

    it("sets the college's deadline six weeks after the advice by default", () => {
      spec
        .given([withoutDeadline])
        .when(issue())
        .then([event('AdviceIssued', { ...adviceIssued.data, responseDueOn: '2026-10-13' })]);
    });

    it("sets it by the term of the municipality's regulation", () => {
      spec
        .given([withoutDeadline])
        .when(issue({ responseTermDays: 28 }))
        .then([event('AdviceIssued', { ...adviceIssued.data, responseDueOn: '2026-09-29' })]);
    });

    it('keeps the deadline of the first version for a revision', () => {
      const first = event('AdviceIssued', { ...adviceIssued.data, responseDueOn: '2026-10-13' });
      spec.given([withoutDeadline, first]).when(revise).then([adviceRevised]);
    });

    it('refuses a term that is not a whole number of days', () => {
      spec
        .given([withoutDeadline])
        .when(issue({ responseTermDays: 0 }))
        .thenRefuses('ADVICE_TRAJECTORY.RESPONSE_TERM_INVALID', 'rule');
    });
  });

  describe('when the body advises on the process', () => {
    it('records process advice as its kind', () => {
      spec
        .given([started])
        .when(issue({ adviceKind: 'process' }))
        .then([event('AdviceIssued', { ...adviceIssued.data, adviceKind: 'process' })]);
    });

    it('records content advice as the default, without naming it', () => {
      spec
        .given([started])
        .when(issue({ adviceKind: 'content' }))
        .then([adviceIssued]);
    });

    it('refuses a kind of advice the domain does not know', () => {
      spec
        .given([started])
        .when(issue({ adviceKind: 'opinion' as never }))
        .thenRefuses('ADVICE_TRAJECTORY.ADVICE_KIND_UNKNOWN', 'rule');
    });
  });

  describe('when the college has responded', () => {
    it('refuses to revise the advice', () => {
      spec.given(responded).when(revise).thenRefuses('ADVICE_TRAJECTORY.ADVICE_ALREADY_ANSWERED', 'conflict');
    });
  });
});

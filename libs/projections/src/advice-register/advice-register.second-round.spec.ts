import { projectionSpecification } from '../testing';
import type { AdviceRegisterDoc } from './advice-register.doc';
import { trajectoryEvents } from './advice-register.fixtures';
import { adviceRegister } from './advice-register.projection';
import { collegesYetToRespondOf } from './advice-register.terms';

const TRAJECTORY = 'c0a80101-0000-4000-8000-000000000a11';
const BODY = 'c0a80101-0000-4000-8000-0000000000b1';

const event = trajectoryEvents(TRAJECTORY, { firstPosition: 301n });

const regional = event('AdviceTrajectoryStarted', {
  municipalityCode: 'GM0375',
  bodyId: BODY,
  kind: 'solicited',
  subject: 'Regionale aanpak mantelzorg',
  domain: 'wmo',
  policyPhase: 'preparation',
  question: 'Hoe ondersteunen we mantelzorgers in de IJmond?',
  adviceDueOn: '2026-04-01',
  responsibleOfficial: 'official-7',
  portfolioHolder: 'wethouder Zorg',
  addressedTo: ['GM0375', 'GM0396', 'GM0453'],
});
const proposed = event('ParticipationApproachProposed', {
  forms: ['theme-table'],
  phases: ['preparation'],
  roles: 'De raad leidt de tafel.',
  proposedBy: 'municipality',
});
const confirmed = event('ParticipationApproachConfirmed', {
  forms: ['theme-table'],
  phases: ['preparation'],
  roles: 'De raad leidt de tafel.',
  proposedBy: 'municipality',
  confirmedBy: 'body',
});
const processAdvice = event('AdviceIssued', {
  version: 1,
  supersedesVersion: null,
  issuedOn: '2026-03-20',
  summary: 'Betrek mantelzorgers vroeg.',
  clientPerspective: 'Mantelzorgers willen gehoord worden.',
  recommendations: [{ number: 1, text: 'Een mantelzorgtafel per gemeente.' }],
  adviceKind: 'process',
  responseDueOn: '2026-05-01',
});
const answer = (municipalityCode: string, decision: string) =>
  event('CollegeResponseRecorded', {
    adviceVersion: 1,
    respondedOn: '2026-04-10',
    decisions: [{ recommendationNumber: 1, decision, ...(decision === 'adopted' ? {} : { reasoning: 'Te duur.' }) }],
    municipalityCode,
  });
const beverwijk = answer('GM0375', 'not-adopted');
const heemskerk = answer('GM0396', 'adopted');
const velsen = answer('GM0453', 'adopted');
const correction = event(
  'CollegeResponseCorrected',
  {
    adviceVersion: 1,
    reason: 'Verkeerd besluit overgenomen.',
    decisions: [{ recommendationNumber: 1, decision: 'adopted' }],
    municipalityCode: 'GM0375',
  },
  '2026-11-03T09:00:00Z',
);
const attach = (municipalityCode: string) =>
  event('AdviceAttachedToCouncilProposal', {
    proposalRef: 'RV-2026-031',
    attachedOn: '2026-04-20',
    municipalityCode,
    proposalUrl: `https://ris.example/${municipalityCode}/RV-2026-031`,
  });
const attachedBeverwijk = attach('GM0375');
const attachedVelsen = attach('GM0453');
const decidedVelsen = event('CouncilDecisionRecorded', {
  proposalRef: 'RV-2026-031',
  decidedOn: '2026-05-18',
  decision: 'adopted',
  municipalityCode: 'GM0453',
});

const spec = projectionSpecification(adviceRegister, TRAJECTORY);
const row = (events: Parameters<typeof spec.rowAfter>[0]) => spec.rowAfter(events) as AdviceRegisterDoc;

describe('the advice register, second reading of the seeds', () => {
  it('keeps the question, the body’s deadline, the official, the alderman and every addressed municipality', () => {
    expect(row([regional])).toMatchObject({
      question: 'Hoe ondersteunen we mantelzorgers in de IJmond?',
      adviceDueOn: '2026-04-01',
      responsibleOfficial: 'official-7',
      portfolioHolder: 'wethouder Zorg',
      addressedTo: ['GM0375', 'GM0396', 'GM0453'],
    });
  });

  it('reads a first-version start as addressed to its own municipality, and its advice as content', () => {
    const old = trajectoryEvents(TRAJECTORY, { at: '2025-11-02T10:00:00Z' });
    const {
      question: _q,
      adviceDueOn: _a,
      addressedTo: _t,
      ...firstVersion
    } = regional.data as Record<string, unknown>;
    const { adviceKind: _k, responseDueOn: _r, ...firstAdvice } = processAdvice.data as Record<string, unknown>;
    const doc = spec.rowAfter([old('AdviceTrajectoryStarted', firstVersion), old('AdviceIssued', firstAdvice)]);
    expect(doc).toMatchObject({ addressedTo: ['GM0375'], advice: { adviceKind: 'content' } });
  });

  it('shows an approach as proposed until the other side confirms it', () => {
    expect(row([regional, proposed])).toMatchObject({ proposedApproach: { proposedBy: 'municipality' } });
    expect(row([regional, proposed]).approach).toBeUndefined();
    spec
      .given(regional, proposed)
      .when(confirmed)
      .then((doc) => {
        expect(doc?.approach).toEqual({
          forms: ['theme-table'],
          phases: ['preparation'],
          roles: 'De raad leidt de tafel.',
          proposedBy: 'municipality',
          confirmedBy: 'body',
        });
        expect(doc?.proposedApproach).toBeUndefined();
      });
  });

  it('keeps process advice and the response deadline that issuing it set', () => {
    spec
      .given(regional)
      .when(processAdvice)
      .then((doc) =>
        expect(doc).toMatchObject({
          status: 'advised',
          responseDueOn: '2026-05-01',
          advice: { adviceKind: 'process' },
        }),
      );
  });

  it('awaits every addressed college before the advice counts as answered', () => {
    const two = row([regional, processAdvice, beverwijk, heemskerk]);
    expect(two.status).toBe('advised');
    expect(two.respondedOn).toBeUndefined();
    expect(collegesYetToRespondOf(two)).toEqual(['GM0453']);
    spec
      .given(regional, processAdvice, beverwijk, heemskerk)
      .when(velsen)
      .then((doc) => {
        expect(doc).toMatchObject({ status: 'responded', respondedOn: '2026-04-10' });
        expect(doc?.responses?.map((r) => [r.municipalityCode, r.decisions[0]?.decision])).toEqual([
          ['GM0375', 'not-adopted'],
          ['GM0396', 'adopted'],
          ['GM0453', 'adopted'],
        ]);
        expect(doc?.advice?.recommendations[0]?.collegeDecision).toBe('not-adopted');
      });
  });

  it('shows a corrected response as current and keeps the answers it replaced', () => {
    spec
      .given(regional, processAdvice, beverwijk, heemskerk, velsen)
      .when(correction)
      .then((doc) => {
        expect(doc?.responses?.[0]).toMatchObject({
          municipalityCode: 'GM0375',
          decisions: [{ recommendationNumber: 1, decision: 'adopted' }],
          corrections: [
            {
              reason: 'Verkeerd besluit overgenomen.',
              correctedAt: '2026-11-03T09:00:00.000Z',
              replaced: [{ recommendationNumber: 1, decision: 'not-adopted', reasoning: 'Te duur.' }],
            },
          ],
        });
        expect(doc?.advice?.recommendations[0]).toEqual({
          number: 1,
          text: 'Een mantelzorgtafel per gemeente.',
          collegeDecision: 'adopted',
        });
      });
  });

  it('keeps one council proposal per municipality, even with the same reference', () => {
    spec
      .given(regional, processAdvice, beverwijk, heemskerk, velsen, attachedBeverwijk, attachedVelsen)
      .when(decidedVelsen)
      .then((doc) =>
        expect(doc?.proposals).toEqual([
          {
            municipalityCode: 'GM0375',
            proposalRef: 'RV-2026-031',
            proposalUrl: 'https://ris.example/GM0375/RV-2026-031',
            attachedOn: '2026-04-20',
            decisions: [],
          },
          {
            municipalityCode: 'GM0453',
            proposalRef: 'RV-2026-031',
            proposalUrl: 'https://ris.example/GM0453/RV-2026-031',
            attachedOn: '2026-04-20',
            decisions: [{ decidedOn: '2026-05-18', decision: 'adopted' }],
          },
        ]),
      );
  });

  it('names the side that raised a dispute', () => {
    const raised = trajectoryEvents(TRAJECTORY, {
      at: '2026-11-04T10:00:00Z',
      actor: { id: 'member-1', role: 'body-member' },
      firstPosition: 401n,
    })('DisputeRaised', { disputeNumber: 1, reason: 'Geen terugkoppeling.' });
    spec
      .given(regional)
      .when(raised)
      .then((doc) => expect(doc?.disputes).toEqual([expect.objectContaining({ raisedBy: 'body' })]));
  });

  it('changes nothing when every second-round event is applied twice', () => {
    spec.thenEachEventTwiceChangesNothing([
      regional,
      proposed,
      confirmed,
      processAdvice,
      beverwijk,
      heemskerk,
      velsen,
      correction,
      attachedBeverwijk,
      attachedVelsen,
      decidedVelsen,
    ]);
  });
});

import { specification } from '../testing';
import type { DocumentReference } from '../documents/document.values';
import type { AttachDocument } from './advice-trajectory.commands';
import { adviceTrajectoryDecider } from './advice-trajectory.decider';
import {
  advised,
  attachedToProposal,
  by,
  command,
  context,
  event,
  regionalResponded,
  responded,
  started,
  withdrawn,
} from './advice-trajectory.fixtures';

const spec = specification(adviceTrajectoryDecider);

const letter: DocumentReference = {
  sha256: 'a'.repeat(64),
  fileName: 'Advies Wmo 2027.pdf',
  mediaType: 'application/pdf',
  size: 48_213,
  kind: 'advice-letter',
};

const attach = (document: Partial<DocumentReference> = {}, extra: Partial<AttachDocument['data']> = {}) =>
  command('AttachDocument', { document: { ...letter, ...document }, ...extra });

const attachedEvent = (document: DocumentReference, extra: Record<string, string> = {}) =>
  event('DocumentAttached', { document, attachedAt: context.now, ...extra });

describe('attaching a document to an advice trajectory', () => {
  describe('the advice letter', () => {
    it('is attached by the body once the advice is issued, with its hash on record', () => {
      spec
        .given(advised)
        .when(by('secretary', attach({ fileName: ' Advies Wmo 2027.pdf ' })))
        .then([attachedEvent(letter)]);
    });

    it('is refused before the advice is issued', () => {
      spec
        .given([started])
        .when(by('body-member', attach()))
        .thenRefuses('ADVICE_TRAJECTORY.ADVICE_NOT_ISSUED', 'conflict');
    });

    it('is refused from the municipality: the body writes its advice', () => {
      spec.given(advised).when(attach()).thenRefuses('ADVICE_TRAJECTORY.DOCUMENT_OF_THE_OTHER_SIDE', 'rule');
    });
  });

  describe("the college's letter", () => {
    const response = { ...letter, kind: 'college-response' as const, fileName: 'Reactie college.odt' };

    it('is attached by an official once the college has responded', () => {
      spec
        .given(responded)
        .when(attach(response))
        .then([attachedEvent(response)]);
    });

    it('is refused before the college responded', () => {
      spec.given(advised).when(attach(response)).thenRefuses('ADVICE_TRAJECTORY.RESPONSE_NOT_RECORDED', 'conflict');
    });

    it('is refused from the body', () => {
      spec
        .given(responded)
        .when(by('secretary', attach(response)))
        .thenRefuses('ADVICE_TRAJECTORY.DOCUMENT_OF_THE_OTHER_SIDE', 'rule');
    });

    it('names the college when the advice is addressed to several', () => {
      spec
        .given(regionalResponded)
        .when(attach(response, { municipalityCode: 'GM0396' }))
        .then([attachedEvent(response, { municipalityCode: 'GM0396' })]);
    });
  });

  describe('the corrected letter', () => {
    const correction = { ...letter, kind: 'college-response-correction' as const };

    it('is attached once the response was corrected', () => {
      const corrected = event('CollegeResponseCorrected', {
        adviceVersion: 1,
        reason: 'Recommendation 2 was answered with the wrong decision.',
        decisions: [
          { recommendationNumber: 1, decision: 'adopted' },
          { recommendationNumber: 2, decision: 'adopted' },
          { recommendationNumber: 3, decision: 'not-adopted', reasoning: 'Forms are set by national law.' },
        ],
      });
      spec
        .given([...responded, corrected])
        .when(attach(correction))
        .then([attachedEvent(correction)]);
    });

    it('is refused while the response stands uncorrected', () => {
      spec
        .given(responded)
        .when(attach(correction))
        .thenRefuses('ADVICE_TRAJECTORY.RESPONSE_NOT_CORRECTED', 'conflict');
    });
  });

  describe('the council proposal', () => {
    const proposal = { ...letter, kind: 'council-proposal' as const, fileName: 'Raadsvoorstel.docx' };

    it('is attached to the proposal the advice goes with', () => {
      spec
        .given(attachedToProposal)
        .when(attach(proposal))
        .then([attachedEvent(proposal, { proposalRef: 'RV-2026-041' })]);
    });

    it('is refused for a proposal the advice is not attached to', () => {
      spec
        .given(attachedToProposal)
        .when(attach(proposal, { proposalRef: 'RV-2026-999' }))
        .thenRefuses('ADVICE_TRAJECTORY.NOT_ATTACHED_TO_PROPOSAL', 'conflict');
    });
  });

  it('refuses a document that belongs to a table, not a trajectory', () => {
    spec
      .given(responded)
      .when(by('secretary', attach({ kind: 'session-minutes' })))
      .thenRefuses('ADVICE_TRAJECTORY.DOCUMENT_KIND_NOT_HERE', 'rule');
  });

  it('refuses a reference that is no SHA-256', () => {
    spec
      .given(advised)
      .when(by('secretary', attach({ sha256: 'not-a-hash' })))
      .thenRefuses('ADVICE_TRAJECTORY.DOCUMENT_REFERENCE_INVALID', 'rule');
  });

  it('refuses a party that is neither side', () => {
    spec.given(advised).when(by('evaluator', attach())).thenRefuses('ADVICE_TRAJECTORY.NOT_A_PARTY', 'rule');
  });

  it('refuses a withdrawn trajectory', () => {
    spec
      .given([...advised, withdrawn])
      .when(by('secretary', attach()))
      .thenRefuses('ADVICE_TRAJECTORY.ENDED', 'conflict');
  });

  it('refuses a trajectory that does not exist', () => {
    spec.given([]).when(by('secretary', attach())).thenRefuses('ADVICE_TRAJECTORY.NOT_FOUND', 'not-found');
  });
});

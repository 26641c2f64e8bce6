import type { DocumentReference } from '../documents/document.values';
import { specification } from '../testing';
import type { AttachBodyDocument } from './participation-body.commands';
import { participationBodyDecider } from './participation-body.decider';
import {
  bodyEstablished,
  bodyId,
  by,
  consultationId,
  consultationRecorded,
  context,
  memberAppointed,
  memberId,
  otherMemberId,
} from './participation-body.fixtures';

const spec = specification(participationBodyDecider);

const notes: DocumentReference = {
  sha256: 'c'.repeat(64),
  fileName: 'Verslag overleg wethouder 12 november.pdf',
  mediaType: 'application/pdf',
  size: 4_321,
  kind: 'consultation-notes',
};

const attach = (data: Partial<AttachBodyDocument['data']> = {}): AttachBodyDocument => ({
  type: 'AttachBodyDocument',
  context,
  data: { bodyId, document: notes, consultationId, concerns: [memberId], ...data },
});

const consulted = [bodyEstablished, memberAppointed, consultationRecorded];

describe("attaching a consultation's notes", () => {
  it('records the notes, sealed for every active member of the body', () => {
    spec
      .given(consulted)
      .when(attach())
      .then([
        {
          type: 'DocumentAttached',
          data: { bodyId, document: notes, attachedAt: context.now, concerns: [memberId], consultationId },
        },
      ]);
  });

  it('keeps the file name without surrounding spaces', () => {
    spec
      .given(consulted)
      .when(attach({ document: { ...notes, fileName: '  notities.pdf ' } }))
      .then([
        {
          type: 'DocumentAttached',
          data: {
            bodyId,
            document: { ...notes, fileName: 'notities.pdf' },
            attachedAt: context.now,
            concerns: [memberId],
            consultationId,
          },
        },
      ]);
  });

  it('refuses notes of a consultation the body did not record', () => {
    spec
      .given(consulted)
      .when(attach({ consultationId: 'elsewhere' }))
      .thenRefuses('PARTICIPATION_BODY.CONSULTATION_UNKNOWN', 'rule');
  });

  it('refuses notes sealed before a member joined the body', () => {
    const joined = { ...memberAppointed, data: { ...memberAppointed.data, memberId: otherMemberId } };
    spec
      .given([...consulted, joined])
      .when(attach())
      .thenRefuses('PARTICIPATION_BODY.DOCUMENT_SEALED_FOR_OTHERS', 'conflict');
  });

  it('refuses notes from the municipality', () => {
    spec
      .given(consulted)
      .when(by('official', attach()))
      .thenRefuses('PARTICIPATION_BODY.DOCUMENT_OF_THE_OTHER_SIDE', 'rule');
  });

  it('refuses a kind that belongs to a trajectory or a table', () => {
    spec
      .given(consulted)
      .when(attach({ document: { ...notes, kind: 'session-minutes' } }))
      .thenRefuses('PARTICIPATION_BODY.DOCUMENT_KIND_NOT_HERE', 'rule');
  });

  it('refuses a reference the store could not have answered', () => {
    spec
      .given(consulted)
      .when(attach({ document: { ...notes, sha256: 'not-a-hash' } }))
      .thenRefuses('PARTICIPATION_BODY.DOCUMENT_REFERENCE_INVALID', 'rule');
  });

  it('refuses a body never established', () => {
    spec.given([]).when(attach()).thenRefuses('PARTICIPATION_BODY.NOT_FOUND', 'not-found');
  });
});

import type { DocumentReference } from '../documents/document.values';
import { specification } from '../testing';
import type { AttachTableDocument } from './temporary-table.commands';
import { temporaryTableDecider } from './temporary-table.decider';
import {
  closedHistory,
  context,
  contributionId,
  contributionRecorded,
  participantId,
  participantRegistered,
  sessionHeld,
  sessionId,
  tableId,
  tableOpened,
} from './temporary-table.fixtures';

const spec = specification(temporaryTableDecider);

const minutes: DocumentReference = {
  sha256: 'b'.repeat(64),
  fileName: 'Notulen tafel 19 november.docx',
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  size: 9_876,
  kind: 'session-minutes',
};
const report: DocumentReference = {
  ...minutes,
  kind: 'table-report',
  fileName: 'Verslag tafel.pdf',
  mediaType: 'application/pdf',
};

const attach = (data: Partial<AttachTableDocument['data']> = {}, role = 'body-member'): AttachTableDocument => ({
  type: 'AttachTableDocument',
  context: { ...context, actor: { id: `${role}-1`, role } },
  data: { tableId, document: minutes, sessionId, concerns: [participantId, contributionId], ...data },
});

const held = [tableOpened, participantRegistered, sessionHeld, contributionRecorded];

describe("attaching a table's documents", () => {
  it("records a session's minutes, sealed for everyone at the table", () => {
    spec
      .given(held)
      .when(attach())
      .then([
        {
          type: 'DocumentAttached',
          data: {
            tableId,
            document: minutes,
            attachedAt: context.now,
            concerns: [participantId, contributionId],
            sessionId,
          },
        },
      ]);
  });

  it('records the report of a closed table', () => {
    spec
      .given(closedHistory)
      .when(attach({ document: report, sessionId: undefined, concerns: [contributionId] }))
      .then([
        {
          type: 'DocumentAttached',
          data: { tableId, document: report, attachedAt: context.now, concerns: [contributionId] },
        },
      ]);
  });

  it('refuses the report of a table still open', () => {
    spec
      .given(held)
      .when(attach({ document: report }))
      .thenRefuses('TEMPORARY_TABLE.NOT_CLOSED', 'conflict');
  });

  it('refuses minutes of a session not held at the table', () => {
    spec
      .given(held)
      .when(attach({ sessionId: 'elsewhere' }))
      .thenRefuses('TEMPORARY_TABLE.SESSION_UNKNOWN', 'rule');
  });

  it('refuses a document sealed before someone joined the table', () => {
    spec
      .given(held)
      .when(attach({ concerns: [participantId] }))
      .thenRefuses('TEMPORARY_TABLE.DOCUMENT_SEALED_FOR_OTHERS', 'conflict');
  });

  it('refuses a document from the municipality', () => {
    spec.given(held).when(attach({}, 'official')).thenRefuses('TEMPORARY_TABLE.DOCUMENT_OF_THE_OTHER_SIDE', 'rule');
  });

  it('refuses a kind that belongs to a trajectory', () => {
    spec
      .given(held)
      .when(attach({ document: { ...minutes, kind: 'advice-letter' } }))
      .thenRefuses('TEMPORARY_TABLE.DOCUMENT_KIND_NOT_HERE', 'rule');
  });

  it('refuses a table never opened', () => {
    spec.given([]).when(attach()).thenRefuses('TEMPORARY_TABLE.NOT_FOUND', 'not-found');
  });
});

import { projectionSpecification, recordedEvents } from '../testing';
import type { DocumentRegisterDoc } from './document-register.doc';
import { documentRegister } from './document-register.projection';

const TRAJECTORY = 'c0a80101-0000-4000-8000-0000000000a1';
const TABLE = 'c0a80101-0000-4000-8000-0000000000b1';
const HASH = 'a'.repeat(64);
const reference = (kind: string, fileName: string) => ({
  sha256: HASH,
  fileName,
  mediaType: 'application/pdf',
  size: 1234,
  kind,
});
const trajectoryEvent = recordedEvents({
  streamId: `advice-trajectory-${TRAJECTORY}`,
  at: '2026-11-19T10:00:00Z',
  actor: { id: 'u1', role: 'body-member' },
  data: { trajectoryId: TRAJECTORY },
});
const tableEvent = recordedEvents({
  streamId: `temporary-table-${TABLE}`,
  at: '2026-11-20T10:00:00Z',
  actor: { id: 'u1', role: 'body-member' },
  data: { tableId: TABLE },
  firstPosition: 201n,
});

const BODY = 'c0a80101-0000-4000-8000-0000000000c1';
const bodyEvent = recordedEvents({
  streamId: `participation-body-${BODY}`,
  at: '2026-11-21T10:00:00Z',
  actor: { id: 'u1', role: 'secretary' },
  data: { bodyId: BODY },
  firstPosition: 301n,
});

const started = trajectoryEvent('AdviceTrajectoryStarted', {
  municipalityCode: 'GM0375',
  addressedTo: ['GM0375', 'GM0453'],
});
const letter = trajectoryEvent('DocumentAttached', {
  document: reference('advice-letter', 'Advies.pdf'),
  attachedAt: '2026-11-19T11:00:00Z',
});
const opened = tableEvent('TemporaryTableOpened', { municipalityCode: 'GM0375' });
const minutes = tableEvent('DocumentAttached', {
  document: reference('session-minutes', 'Notulen.pdf'),
  attachedAt: '2026-11-20T12:00:00Z',
  concerns: ['p1'],
  sessionId: 's1',
});

describe('the document register', () => {
  it("lists a trajectory's documents as public, under the municipalities its first event names", () => {
    projectionSpecification(documentRegister, started.streamId)
      .given(started)
      .when(letter)
      .then({
        streamId: started.streamId,
        owner: 'advice-trajectory',
        ownerId: TRAJECTORY,
        municipalities: ['GM0375', 'GM0453'],
        documents: [
          {
            sha256: HASH,
            kind: 'advice-letter',
            fileName: 'Advies.pdf',
            mediaType: 'application/pdf',
            size: 1234,
            attachedAt: '2026-11-19T11:00:00Z',
            position: letter.position.toString(),
            sealed: false,
          },
        ],
      });
  });

  it("lists a table's minutes as sealed, with the session they belong to", () => {
    projectionSpecification(documentRegister, opened.streamId)
      .given(opened)
      .when(minutes)
      .then((row: DocumentRegisterDoc | null) => {
        expect(row?.owner).toBe('temporary-table');
        expect(row?.documents).toEqual([
          expect.objectContaining({ kind: 'session-minutes', sealed: true, sessionId: 's1' }),
        ]);
      });
  });

  it("lists a body's consultation notes as sealed, under every municipality the body serves", () => {
    const established = bodyEvent('ParticipationBodyEstablished', { municipalityCodes: ['GM0375', 'GM0396'] });
    const notes = bodyEvent('DocumentAttached', {
      document: reference('consultation-notes', 'Overleg.pdf'),
      attachedAt: '2026-11-21T12:00:00Z',
      concerns: ['m1'],
      consultationId: 'c1',
    });
    projectionSpecification(documentRegister, established.streamId)
      .given(established)
      .when(notes)
      .then((row: DocumentRegisterDoc | null) => {
        expect(row?.owner).toBe('participation-body');
        expect(row?.municipalities).toEqual(expect.arrayContaining(['GM0375', 'GM0396']));
        expect(row?.documents).toEqual([
          expect.objectContaining({ kind: 'consultation-notes', sealed: true, consultationId: 'c1' }),
        ]);
      });
  });

  it('starts a row with no documents, and lists each attached document once when events arrive twice', () => {
    projectionSpecification(documentRegister, started.streamId)
      .given()
      .when(started)
      .then((row) => {
        expect(row?.documents).toEqual([]);
      });
    projectionSpecification(documentRegister, started.streamId).thenEachEventTwiceChangesNothing([started, letter]);
  });
});

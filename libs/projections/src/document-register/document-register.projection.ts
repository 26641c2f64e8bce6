import type { RecordedEvent } from '#event-store';
import type { Projection } from '../projection';
import type { DocumentRegisterDoc, RegisteredDocument } from './document-register.doc';

type Data = Record<string, unknown>;

/**
 * The document register (#21): per owning stream, the documents its `DocumentAttached` events
 * name. It lets pages list a trajectory's documents, and lets the audit trail check documents
 * without reading the whole log on each request. Trajectory documents are public texts; a
 * table's minutes and reports and a body's consultation notes are sealed.
 */
export const documentRegister: Projection<DocumentRegisterDoc> = {
  name: 'document-register',
  version: 2,
  eventTypes: ['AdviceTrajectoryStarted', 'TemporaryTableOpened', 'ParticipationBodyEstablished', 'DocumentAttached'],
  keysOf: (event) => [event.streamId],
  evolve: (doc, event) => {
    const data = event.data as Data;
    switch (event.type) {
      case 'AdviceTrajectoryStarted':
        return doc ?? started(event, 'advice-trajectory', data.trajectoryId);
      case 'TemporaryTableOpened':
        return doc ?? started(event, 'temporary-table', data.tableId);
      case 'ParticipationBodyEstablished':
        return doc ?? started(event, 'participation-body', data.bodyId);
      case 'DocumentAttached':
        return doc ? attached(doc, event, data) : null;
      default:
        return doc;
    }
  },
};

function started(event: RecordedEvent, owner: DocumentRegisterDoc['owner'], ownerId: unknown): DocumentRegisterDoc {
  return {
    streamId: event.streamId,
    owner,
    ownerId: String(ownerId),
    municipalities: municipalitiesOf(event),
    documents: [],
  };
}

function attached(doc: DocumentRegisterDoc, event: RecordedEvent, data: Data): DocumentRegisterDoc {
  const reference = data.document as Omit<RegisteredDocument, 'attachedAt' | 'position' | 'sealed'>;
  const document: RegisteredDocument = {
    sha256: reference.sha256,
    kind: reference.kind,
    fileName: reference.fileName,
    mediaType: reference.mediaType,
    size: reference.size,
    attachedAt: typeof data.attachedAt === 'string' ? data.attachedAt : event.recordedAt.toISOString(),
    position: event.position.toString(),
    sealed: doc.owner !== 'advice-trajectory',
    ...optional('municipalityCode', data.municipalityCode),
    ...optional('proposalRef', data.proposalRef),
    ...optional('sessionId', data.sessionId),
    ...optional('consultationId', data.consultationId),
  };
  // A replayed event never lists a document twice.
  if (doc.documents.some((d) => d.position === document.position)) return doc;
  return { ...doc, documents: [...doc.documents, document] };
}

function optional<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
  return typeof value === 'string' ? ({ [key]: value } as Record<K, string>) : {};
}

/** The stream's tenant and every municipality its first event names, as the audit trail scopes streams. */
function municipalitiesOf(first: RecordedEvent): readonly string[] {
  const data = first.data as { municipalityCode?: unknown; addressedTo?: unknown; municipalityCodes?: unknown };
  const addressed = Array.isArray(data.addressedTo) ? (data.addressedTo as unknown[]) : [];
  // A body serves every municipality it was established for.
  const served = Array.isArray(data.municipalityCodes) ? (data.municipalityCodes as unknown[]) : [];
  const codes = [first.metadata.municipalityCode, data.municipalityCode, ...addressed, ...served];
  return [...new Set(codes.filter((code): code is string => typeof code === 'string'))];
}

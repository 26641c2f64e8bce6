import { actorMustBeAParty, assertNever, DomainError, ensure } from '../kit';
import {
  documentKindMustBelongHere,
  documentReferenceMustBeWellFormed,
  type DocumentKind,
} from '../documents/document.values';
import type { AttachTableDocument } from './temporary-table.commands';
import type { TableDocumentAttached } from './temporary-table.events';
import type { TableRecord, TemporaryTableState } from './temporary-table.state';

const PREFIX = 'TEMPORARY_TABLE';
const TABLE_DOCUMENTS: readonly DocumentKind[] = ['session-minutes', 'table-report'];

/**
 * A session's minutes once the session is held, the table's report once it is closed; the body
 * keeps both. They may describe the persons at the table, so the document was sealed for every
 * participant and contribution of the table (`concerns`): forgetting any of them erases it. A
 * table that gained one since the document was sealed refuses it, to be sealed again.
 */
export function decideAttachTableDocument(
  command: AttachTableDocument,
  state: TemporaryTableState,
): TableDocumentAttached[] {
  const { data, context } = command;
  ensure(
    state.status !== 'none',
    () => new DomainError(`${PREFIX}.NOT_FOUND`, 'This temporary table has not been opened.', 'not-found'),
  );
  const document = documentReferenceMustBeWellFormed(data.document, PREFIX);
  documentKindMustBelongHere(document.kind, TABLE_DOCUMENTS, PREFIX);
  ensure(
    actorMustBeAParty(context.actor.role, PREFIX) === 'body',
    () =>
      new DomainError(`${PREFIX}.DOCUMENT_OF_THE_OTHER_SIDE`, "The table's documents are kept by the body.", 'rule'),
  );
  const sessionId = documentMustHaveItsEvent(state, document.kind, data.sessionId);
  const concerns = personsAtTheTable(state);
  ensure(
    concerns.every((id) => data.concerns.includes(id)),
    () =>
      new DomainError(
        `${PREFIX}.DOCUMENT_SEALED_FOR_OTHERS`,
        'Someone joined the table since the document was sealed; upload it again.',
        'conflict',
      ),
  );
  return [
    {
      type: 'DocumentAttached',
      data: {
        tableId: data.tableId,
        document,
        attachedAt: context.now,
        concerns,
        ...(sessionId === undefined ? {} : { sessionId }),
      },
    },
  ];
}

/** Everyone the table's personal data is kept under: its participants and its contributions. */
export function personsAtTheTable(table: TableRecord): string[] {
  return [...table.participantIds, ...table.contributionIds];
}

function documentMustHaveItsEvent(
  state: Exclude<TemporaryTableState, { status: 'none' }>,
  kind: DocumentKind,
  sessionId: string | undefined,
): string | undefined {
  switch (kind) {
    case 'session-minutes':
      ensure(
        sessionId !== undefined && state.sessionIds.includes(sessionId),
        () =>
          new DomainError(
            `${PREFIX}.SESSION_UNKNOWN`,
            'Minutes name a session held at this table.',
            'rule',
            'sessionId',
          ),
      );
      return sessionId;
    case 'table-report':
      ensure(
        state.status === 'closed',
        () =>
          new DomainError(
            `${PREFIX}.NOT_CLOSED`,
            "The table's report is attached once the table is closed.",
            'conflict',
          ),
      );
      return undefined;
    // Refused before: they belong to a trajectory or a body.
    case 'advice-letter':
    case 'college-response':
    case 'college-response-correction':
    case 'council-proposal':
    case 'consultation-notes':
      return undefined;
    default:
      return assertNever(kind);
  }
}

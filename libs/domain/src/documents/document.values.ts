import { DomainError, ensure } from '../kit';

/**
 * The documents the process produces (issue #21): the body's advice letter, the college's
 * written response and its correction, the council proposal the advice goes with, a table
 * session's minutes, a table's report and the notes of a consultation.
 */
export const DOCUMENT_KINDS = [
  'advice-letter',
  'college-response',
  'college-response-correction',
  'council-proposal',
  'session-minutes',
  'table-report',
  'consultation-notes',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * Kinds that may describe the persons who took part (what they said, who was there): kept
 * sealed, shown only to roles that see personal data, erased when one of them is forgotten.
 */
export const PERSONAL_DOCUMENT_KINDS: readonly DocumentKind[] = [
  'session-minutes',
  'table-report',
  'consultation-notes',
];

export function isPersonalDocumentKind(kind: DocumentKind): boolean {
  return PERSONAL_DOCUMENT_KINDS.includes(kind);
}

export const DOCUMENT_MEDIA_TYPE_NAMES = [
  'application/pdf',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;

/**
 * What an event records of a document: its SHA-256 (the document store's name for its bytes,
 * so the audit trail vouches for the document), the name it was given, its type and size.
 */
export interface DocumentReference {
  readonly sha256: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  readonly kind: DocumentKind;
}

/** A reference the store could have answered: a hex SHA-256, a named file, a known type. */
export function documentReferenceMustBeWellFormed(document: DocumentReference, prefix: string): DocumentReference {
  const fileName = document.fileName.trim();
  ensure(
    /^[0-9a-f]{64}$/.test(document.sha256) &&
      fileName !== '' &&
      fileName.length <= 255 &&
      Number.isInteger(document.size) &&
      document.size > 0 &&
      (DOCUMENT_MEDIA_TYPE_NAMES as readonly string[]).includes(document.mediaType) &&
      (DOCUMENT_KINDS as readonly string[]).includes(document.kind),
    () =>
      new DomainError(
        `${prefix}.DOCUMENT_REFERENCE_INVALID`,
        'A document is named by its SHA-256, a file name, a PDF, ODT or DOCX type and its size.',
        'rule',
      ),
  );
  return { ...document, fileName };
}

/** Refuses a kind that belongs to another resource (minutes belong to a table, not a trajectory). */
export function documentKindMustBelongHere(kind: DocumentKind, allowed: readonly DocumentKind[], prefix: string): void {
  ensure(
    allowed.includes(kind),
    () =>
      new DomainError(
        `${prefix}.DOCUMENT_KIND_NOT_HERE`,
        `A document of kind ${kind} is not attached here; this accepts ${allowed.join(', ')}.`,
        'rule',
      ),
  );
}

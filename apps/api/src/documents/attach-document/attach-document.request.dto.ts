import type { DocumentKind } from '#domain';
import { EnumField, TextField, UuidField } from '../../http/fields';
import { MunicipalityCodeField } from '../../http/municipality-code.field';

/** The form fields of a trajectory's document upload; the file itself is the `file` part (see DocumentOperation). */
export class AttachDocumentRequestDto {
  @EnumField(['advice-letter', 'college-response', 'college-response-correction', 'council-proposal'] as const, {
    description:
      "What the document is: the advice letter, the college's letter or its correction, the council proposal.",
    example: 'advice-letter',
  })
  kind!: DocumentKind;

  @MunicipalityCodeField({
    optional: true,
    description: 'The college or council the document is for; required when the advice is addressed to several.',
  })
  municipalityCode?: string;

  @TextField({
    optional: true,
    description:
      'For a council proposal: the proposal it is, as the advice was attached to it (the last one when left out).',
    example: 'RV-2026-031',
  })
  proposalRef?: string;
}

/** The table's documents: a session's minutes or the table's report. */
export class AttachTableDocumentRequestDto {
  @EnumField(['session-minutes', 'table-report'] as const, {
    description: "What the document is: a session's minutes or the table's report.",
    example: 'session-minutes',
  })
  kind!: DocumentKind;

  @UuidField({ optional: true, description: 'For minutes: the session they are of.' })
  sessionId?: string;
}

/** The body's documents: the notes of a consultation it recorded. */
export class AttachBodyDocumentRequestDto {
  @EnumField(['consultation-notes'] as const, {
    description: 'What the document is: the notes of a consultation.',
    example: 'consultation-notes',
  })
  kind!: DocumentKind;

  @UuidField({ description: 'The consultation the notes are of.' })
  consultationId!: string;
}

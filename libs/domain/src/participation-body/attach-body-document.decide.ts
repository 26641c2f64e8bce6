import { actorMustBeAParty, DomainError, ensure } from '../kit';
import {
  documentKindMustBelongHere,
  documentReferenceMustBeWellFormed,
  type DocumentKind,
} from '../documents/document.values';
import type { AttachBodyDocument } from './participation-body.commands';
import type { BodyDocumentAttached } from './participation-body.events';
import { participationBodyMustExist } from './participation-body.rules';
import type { EstablishedParticipationBody, ParticipationBodyState } from './participation-body.state';

const PREFIX = 'PARTICIPATION_BODY';
const BODY_DOCUMENTS: readonly DocumentKind[] = ['consultation-notes'];

/**
 * The notes of a consultation the body recorded; the body keeps them. They may say who said
 * what, so they were sealed for every active member of the body (`concerns`): forgetting any of
 * them erases the notes. A body that gained a member since the notes were sealed refuses them,
 * to be sealed again (as a table's minutes are).
 */
export function decideAttachBodyDocument(
  command: AttachBodyDocument,
  state: ParticipationBodyState,
): BodyDocumentAttached[] {
  const { data, context } = command;
  participationBodyMustExist(state);
  const document = documentReferenceMustBeWellFormed(data.document, PREFIX);
  documentKindMustBelongHere(document.kind, BODY_DOCUMENTS, PREFIX);
  ensure(
    actorMustBeAParty(context.actor.role, PREFIX) === 'body',
    () => new DomainError(`${PREFIX}.DOCUMENT_OF_THE_OTHER_SIDE`, "The body's documents are kept by the body.", 'rule'),
  );
  ensure(
    state.consultations.some((consultation) => consultation.consultationId === data.consultationId),
    () =>
      new DomainError(
        `${PREFIX}.CONSULTATION_UNKNOWN`,
        'Notes name a consultation this body recorded.',
        'rule',
        'consultationId',
      ),
  );
  const concerns = personsConcernedByBodyDocuments(state);
  ensure(
    concerns.every((id) => data.concerns.includes(id)),
    () =>
      new DomainError(
        `${PREFIX}.DOCUMENT_SEALED_FOR_OTHERS`,
        'A member joined the body since the document was sealed; upload it again.',
        'conflict',
      ),
  );
  return [
    {
      type: 'DocumentAttached',
      data: { bodyId: data.bodyId, document, attachedAt: context.now, concerns, consultationId: data.consultationId },
    },
  ];
}

/** Everyone a body's documents are sealed for: its active members, by id. */
export function personsConcernedByBodyDocuments(body: EstablishedParticipationBody): string[] {
  return body.members.map((member) => member.memberId);
}

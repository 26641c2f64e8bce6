import { actorMustBeAParty, assertNever, DomainError, ensure, type Side } from '../kit';
import {
  documentKindMustBelongHere,
  documentReferenceMustBeWellFormed,
  type DocumentKind,
} from '../documents/document.values';
import type { AttachDocument } from './advice-trajectory.commands';
import type { DocumentAttachedToTrajectory } from './advice-trajectory.events';
import { trajectoryMustBeOngoing } from './advice-trajectory.rules';
import type { AdviceTrajectoryState, OngoingTrajectory } from './advice-trajectory.state';
import { collegeOfMustHaveResponded, municipalityMustBeAddressed, namesTheMunicipality } from './regional.rules';

const PREFIX = 'ADVICE_TRAJECTORY';

/** The documents of a trajectory, and the side that writes each. */
const TRAJECTORY_DOCUMENTS: Readonly<Partial<Record<DocumentKind, Side>>> = {
  'advice-letter': 'body',
  'college-response': 'municipality',
  'college-response-correction': 'municipality',
  'council-proposal': 'municipality',
};

/**
 * A document goes with the event it belongs to, once that event is on record: the advice letter
 * after the advice is issued, the college's letter after its response (and the corrected letter
 * after the correction), the council proposal after the advice was attached to it. Only the
 * side that wrote the document attaches it. The event records the document's hash, so the audit
 * trail vouches for the bytes the store holds under it.
 */
export function decideAttachDocument(
  command: AttachDocument,
  trajectory: AdviceTrajectoryState,
): DocumentAttachedToTrajectory[] {
  const { data, context } = command;
  trajectoryMustBeOngoing(trajectory);
  const document = documentReferenceMustBeWellFormed(data.document, PREFIX);
  const kinds = Object.keys(TRAJECTORY_DOCUMENTS) as DocumentKind[];
  documentKindMustBelongHere(document.kind, kinds, PREFIX);
  const side = actorMustBeAParty(context.actor.role, PREFIX);
  const writer = TRAJECTORY_DOCUMENTS[document.kind];
  ensure(
    side === writer,
    () =>
      new DomainError(
        `${PREFIX}.DOCUMENT_OF_THE_OTHER_SIDE`,
        writer === 'body'
          ? 'The advice letter is attached by the participation body.'
          : `A document of kind ${document.kind} is attached by the municipality.`,
        'rule',
      ),
  );
  const municipalityCode = municipalityMustBeAddressed(trajectory, data.municipalityCode);
  const proposalRef = documentMustHaveItsEvent(trajectory, document.kind, municipalityCode, data.proposalRef);
  const named = namesTheMunicipality(trajectory) && document.kind !== 'advice-letter';
  return [
    {
      type: 'DocumentAttached',
      data: {
        trajectoryId: data.trajectoryId,
        document,
        attachedAt: context.now,
        ...(named ? { municipalityCode } : {}),
        ...(proposalRef === undefined ? {} : { proposalRef }),
      },
    },
  ];
}

/** The event the document belongs to must be on record; answers the proposal a proposal document is for. */
function documentMustHaveItsEvent(
  state: OngoingTrajectory,
  kind: DocumentKind,
  municipalityCode: string,
  proposalRef: string | undefined,
): string | undefined {
  switch (kind) {
    case 'advice-letter':
      ensure(
        state.advice !== null,
        () =>
          new DomainError(
            `${PREFIX}.ADVICE_NOT_ISSUED`,
            'The advice letter is attached once the advice is issued.',
            'conflict',
          ),
      );
      return undefined;
    case 'college-response':
      collegeOfMustHaveResponded(state, municipalityCode, "Attaching the college's letter");
      return undefined;
    case 'college-response-correction': {
      const { response } = collegeOfMustHaveResponded(state, municipalityCode, 'Attaching the corrected letter');
      ensure(
        response.correctionReason !== undefined,
        () =>
          new DomainError(
            `${PREFIX}.RESPONSE_NOT_CORRECTED`,
            "The corrected letter is attached once the college's response is corrected.",
            'conflict',
          ),
      );
      return undefined;
    }
    case 'council-proposal': {
      const proposal = state.proposals.find(
        (p) =>
          (p.municipalityCode ?? state.municipalityCode) === municipalityCode &&
          (proposalRef === undefined || p.proposalRef === proposalRef.trim()),
      );
      ensure(
        proposal !== undefined,
        () =>
          new DomainError(
            `${PREFIX}.NOT_ATTACHED_TO_PROPOSAL`,
            'The council proposal is attached once the advice is attached to it; name its proposalRef.',
            'conflict',
            'proposalRef',
          ),
      );
      return proposal.proposalRef;
    }
    // Refused before: they belong to a table or a body.
    case 'session-minutes':
    case 'table-report':
    case 'consultation-notes':
      return undefined;
    default:
      return assertNever(kind);
  }
}

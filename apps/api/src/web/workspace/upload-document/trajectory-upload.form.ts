import type { InputField } from '../../forms/form-model';
import { addressedMunicipalityFields, trajectoryOf } from '../trajectory-form-context';
import { kindField, kindsForRoles, wordsOf, type UploadFormBuilder } from './upload-form';

/** Who writes which of a trajectory's documents, as the domain has it (ADR 36). */
const WRITERS = {
  'advice-letter': 'body',
  'college-response': 'municipality',
  'college-response-correction': 'municipality',
  'council-proposal': 'municipality',
} as const;

/**
 * A trajectory's letters: the advice letter (body), the college's letter and its correction and
 * the council proposal (municipality). A regional advice asks which municipality; a proposal
 * document names the proposal the advice was attached to.
 */
export function trajectoryUploadForm(preferredKind?: string): UploadFormBuilder {
  return async (context, api, trajectoryId) => {
    const words = wordsOf(context);
    const chain = await trajectoryOf(api, trajectoryId);
    const kinds = kindsForRoles(context.session.principal.roles, WRITERS);
    const proposals = chain.councilProposals.map((proposal) => proposal.proposalRef);
    const proposalField: InputField[] =
      kinds.includes('council-proposal') && proposals.length > 0
        ? [
            {
              kind: 'select',
              name: 'proposalRef',
              label: words.proposalRef,
              requiredWhen: words.forProposal,
              options: proposals.map((ref) => ({ value: ref, label: ref })),
            },
          ]
        : [];
    return {
      title: words.title,
      intro: [words.trajectoryIntro(chain.subject), words.nextStep],
      backHref: `/trajecten/${trajectoryId}`,
      items: [
        kindField(words, kinds, preferredKind),
        ...(await addressedMunicipalityFields(context, api, chain)),
        ...proposalField,
      ],
      path: `/advice-trajectories/${trajectoryId}/documents`,
      doneHref: (answer) => `/trajecten/${trajectoryId}?na=${answer.position}#documenten`,
    };
  };
}

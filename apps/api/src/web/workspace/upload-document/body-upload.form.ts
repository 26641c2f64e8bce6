import type { InputField } from '../../forms/form-model';
import { answerOf } from '../../page/answer-of';
import { bodyDone } from '../workspace-done';
import { workspaceOptions } from '../workspace-options';
import { kindField, wordsOf, type UploadFormBuilder } from './upload-form';

interface ConsultationsForUpload {
  readonly items: readonly {
    readonly consultations: readonly {
      readonly consultationId: string;
      readonly heldOn: string;
      readonly with: string;
    }[];
  }[];
}

/** A body's own documents: the notes of a consultation it recorded, kept by its secretary. */
export function bodyUploadForm(): UploadFormBuilder {
  return async (context, api, bodyId) => {
    const words = wordsOf(context);
    const { bodies } = await workspaceOptions(api, context.session);
    const name = bodies.find((body) => body.value === bodyId)?.label ?? '';
    const years = answerOf(await api.get<ConsultationsForUpload>(`/participation-bodies/${bodyId}/consultations`));
    const partner = context.t.forms.choices.consultationPartner;
    const consultations: InputField = {
      kind: 'select',
      name: 'consultationId',
      label: words.consultationId,
      required: true,
      options: years.items
        .flatMap((year) => year.consultations)
        .map((c) => ({ value: c.consultationId, label: `${c.heldOn}, ${partner[c.with] ?? c.with}` })),
    };
    return {
      title: words.title,
      intro: [words.bodyIntro(name), words.sealedIntro, words.nextStep],
      backHref: `/werkruimte/organen/${bodyId}`,
      items: [kindField(words, ['consultation-notes']), consultations],
      path: `/participation-bodies/${bodyId}/documents`,
      doneHref: bodyDone(bodyId, 'overleg'),
    };
  };
}

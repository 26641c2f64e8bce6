import type { InputField } from '../../forms/form-model';
import { answerOf } from '../../page/answer-of';
import { workspaceDone } from '../workspace-done';
import { kindField, wordsOf, type UploadFormBuilder } from './upload-form';

interface TableForUpload {
  readonly theme: string;
  readonly status: string;
  readonly sessions: readonly { readonly sessionId: string; readonly heldOn: string }[];
}

/** A table's documents, kept by the body: a session's minutes (which session) or the report of a closed table. */
export function tableUploadForm(preferredKind?: string): UploadFormBuilder {
  return async (context, api, tableId) => {
    const words = wordsOf(context);
    const table = answerOf(await api.get<TableForUpload>(`/temporary-tables/${tableId}`));
    const kinds = table.status === 'closed' ? ['session-minutes', 'table-report'] : ['session-minutes'];
    const sessions: InputField = {
      kind: 'select',
      name: 'sessionId',
      label: words.sessionId,
      requiredWhen: words.forMinutes,
      options: table.sessions.map((session) => ({ value: session.sessionId, label: session.heldOn })),
    };
    return {
      title: words.title,
      intro: [words.tableIntro(table.theme), words.sealedIntro, words.nextStep],
      backHref: '/werkruimte',
      items: [kindField(words, kinds, preferredKind), sessions],
      path: `/temporary-tables/${tableId}/documents`,
      doneHref: workspaceDone,
    };
  };
}

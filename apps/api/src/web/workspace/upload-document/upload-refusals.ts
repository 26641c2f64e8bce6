import type { ProblemDetails } from '../../../http/problem-details';
import { refusalErrors } from '../../forms/form-flow';
import type { FormErrors } from '../../forms/form-model';
import type { Messages } from '../../i18n/messages.nl';
import { FILE_FIELD } from './upload-form';
import type { UploadWords } from './upload-words';

/** The field a refusal of the domain is about, by the last part of its code. */
const FIELD_OF_CODE: Readonly<Record<string, string>> = {
  DOCUMENT_KIND_NOT_HERE: 'kind',
  DOCUMENT_OF_THE_OTHER_SIDE: 'kind',
  ADVICE_NOT_ISSUED: 'kind',
  RESPONSE_NOT_RECORDED: 'kind',
  RESPONSE_NOT_CORRECTED: 'kind',
  NOT_ATTACHED_TO_PROPOSAL: 'kind',
  NOT_CLOSED: 'kind',
  DOCUMENT_REFERENCE_INVALID: FILE_FIELD,
  DOCUMENT_SEALED_FOR_OTHERS: FILE_FIELD,
  SESSION_UNKNOWN: 'sessionId',
  CONSULTATION_UNKNOWN: 'consultationId',
};

/**
 * The API's refusal of an upload in the page's words, beside the field it is about: the file's
 * size and type (judged by the API from the bytes), else the domain's rule.
 */
export function uploadRefusal(
  problem: ProblemDetails,
  fields: readonly string[],
  words: UploadWords,
  t: Messages,
  maxSize: string,
): FormErrors {
  if (problem.status === 413) return { [FILE_FIELD]: words.refused.tooLarge(maxSize) };
  if (problem.status === 415) return { [FILE_FIELD]: words.refused.wrongType };
  if (problem.status === 400 && (problem.invalidParams ?? []).some((param) => param.name === FILE_FIELD)) {
    return { [FILE_FIELD]: words.refused.empty };
  }
  const what = problem.code?.split('.').at(-1);
  const said = what === undefined ? undefined : words.refusals[what];
  if (said !== undefined) {
    const field = FIELD_OF_CODE[what ?? ''];
    return { [field !== undefined && (field === FILE_FIELD || fields.includes(field)) ? field : '']: said };
  }
  if (problem.status === 409 && problem.code === undefined) return { [FILE_FIELD]: words.refused.forgotten };
  return refusalErrors(problem, (name) => (fields.includes(name) ? name : undefined), t);
}

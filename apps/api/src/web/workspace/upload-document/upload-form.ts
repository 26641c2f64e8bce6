import type { ApiClient } from '../../api/api-client';
import type { InputField, Option } from '../../forms/form-model';
import type { SignedInContext } from '../workspace-page';
import { uploadWords, type UploadWords } from './upload-words';

/** The form field that carries the file; the API reads the same name (`file`). */
export const FILE_FIELD = 'file';

/**
 * One resource's document upload: the kinds it takes (those the visitor's side writes), the
 * other fields the API asks for, where it posts and where the visitor lands once it is kept.
 */
export interface UploadForm {
  readonly title: string;
  readonly intro: readonly string[];
  readonly backHref: string;
  /** The kind radios first, then the fields that say which event the document belongs to. */
  readonly items: readonly InputField[];
  /** The API path of the upload (`/advice-trajectories/{id}/documents`). */
  readonly path: string;
  readonly doneHref: (answer: { position: number }) => string;
}

export type UploadFormBuilder = (context: SignedInContext, api: ApiClient, id: string) => Promise<UploadForm>;

/** The words for the visitor's language. */
export function wordsOf(context: SignedInContext): UploadWords {
  return uploadWords(context.language);
}

/** The kind radios: the kinds offered, the one asked for in `?soort=` chosen already. */
export function kindField(words: UploadWords, kinds: readonly string[], preferred?: string): InputField {
  const options: Option[] = kinds.map((kind) => ({ value: kind, label: words.kinds[kind] ?? kind }));
  const chosen =
    preferred !== undefined && kinds.includes(preferred) ? preferred : kinds.length === 1 ? kinds[0] : undefined;
  return {
    kind: 'radios',
    name: 'kind',
    label: words.kind,
    required: true,
    options,
    ...(chosen === undefined ? {} : { defaultValue: chosen }),
  };
}

/** The kinds whose writer is one of the visitor's sides; all of them for a role that is neither. */
export function kindsForRoles(
  roles: readonly string[],
  writers: Readonly<Record<string, 'body' | 'municipality'>>,
): string[] {
  const sides = new Set(
    roles.map((role) =>
      role === 'official' ? 'municipality' : role === 'secretary' || role === 'body-member' ? 'body' : undefined,
    ),
  );
  const mine = Object.keys(writers).filter((kind) => sides.has(writers[kind]));
  return mine.length > 0 ? mine : Object.keys(writers);
}

import type { ApiClient } from '../api/api-client';
import type { FormDefinition, FormItem } from '../forms/form-model';
import { commandOf } from './plain-command';
import { bodyDone } from './workspace-done';
import { workspaceOptions } from './workspace-options';
import type { SignedInContext } from './workspace-page';

interface BodyCommandForm {
  readonly words: { readonly title: string; readonly submit: string; readonly intro?: string };
  /** The API path below `/participation-bodies/{id}`. */
  readonly path: string;
  readonly items: readonly FormItem[];
  /** The part of the body's page the command changes (`leden`): where the visitor lands once recorded. */
  readonly section: string;
}

/**
 * A participation body's form whose fields carry the API's names, headed by the body's name
 * (when the visitor's municipalities are served by it).
 */
export async function bodyCommandForm(
  context: SignedInContext,
  api: ApiClient,
  bodyId: string,
  spec: BodyCommandForm,
): Promise<FormDefinition> {
  const { bodies } = await workspaceOptions(api, context.session);
  const name = bodies.find((body) => body.value === bodyId)?.label;
  const intro = [name, spec.words.intro].filter((part) => part !== undefined).join('. ');
  return {
    title: spec.words.title,
    ...(intro === '' ? {} : { intro }),
    submitLabel: spec.words.submit,
    backHref: `/werkruimte/organen/${bodyId}`,
    items: spec.items,
    command: commandOf(`/participation-bodies/${bodyId}${spec.path}`, spec.items),
    doneHref: bodyDone(bodyId, spec.section),
  };
}

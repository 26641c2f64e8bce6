import type { ApiClient } from '../api/api-client';
import type { InfluenceChain } from '../api/api-types';
import {
  optional,
  valueOf,
  type FormDefinition,
  type FormItem,
  type FormValues,
  type InputField,
} from '../forms/form-model';
import type { Messages } from '../i18n/messages.nl';
import { answerOf } from '../page/answer-of';
import { commandOf } from './plain-command';
import { workspaceOptions } from './workspace-options';
import type { SignedInContext } from './workspace-page';

/** The trajectory a form acts on, read with the visitor's token (404 or 403 as the API says). */
export async function trajectoryOf(api: ApiClient, trajectoryId: string): Promise<InfluenceChain> {
  return answerOf(await api.get<InfluenceChain>(`/advice-trajectories/${trajectoryId}/influence-chain`));
}

export const trajectoryDone =
  (trajectoryId: string) =>
  (answer: { position: number }): string =>
    `/trajecten/${trajectoryId}?na=${answer.position}`;

/**
 * For a trajectory addressed to several municipalities, each college answers and each council
 * has its own proposal: the form asks which municipality (of those the visitor acts for) this
 * is. A trajectory addressed to one municipality asks nothing.
 */
export async function addressedMunicipalityFields(
  context: SignedInContext,
  api: ApiClient,
  chain: InfluenceChain,
): Promise<InputField[]> {
  const addressed = chain.addressedTo ?? [];
  if (addressed.length <= 1) return [];
  const mine = new Set(context.session.principal.municipalities);
  const ownAddressed = addressed.filter((code) => mine.has(code));
  // Acting for none of them: offer them all, and let the API say why it refuses.
  const codes = ownAddressed.length > 0 ? ownAddressed : addressed;
  const { municipalities } = await workspaceOptions(api, context.session);
  const named = new Map(municipalities.map((option) => [option.value, option.label]));
  return [
    {
      kind: 'select',
      name: 'municipalityCode',
      label: context.t.forms.addressedMunicipality,
      hint: context.t.forms.addressedMunicipalityHint,
      required: true,
      options: codes.map((code) => ({ value: code, label: named.get(code) ?? code })),
    },
  ];
}

/** `municipalityCode` for the command, when the form asked for it. */
export function addressedMunicipalityOf(values: FormValues): Record<string, string> {
  return optional('municipalityCode', valueOf(values, 'municipalityCode'));
}

interface TrajectoryCommandForm {
  readonly words: { readonly title: string; readonly submit: string; readonly intro?: string };
  /** The API path below `/advice-trajectories/{id}`. */
  readonly path: string;
  readonly items: (chain: InfluenceChain) => readonly FormItem[] | Promise<readonly FormItem[]>;
  /** For a regional advice: ask which addressed municipality acts (council decision). */
  readonly perMunicipality?: boolean;
  /** Fields not named as the API names them, with their own part of the command (the decisions). */
  readonly part?: (chain: InfluenceChain) => FormPart;
}

/** Fields whose command part a form builds itself: the groups, their body and their refusals. */
export interface FormPart {
  readonly groups: readonly FormItem[];
  readonly bodyOf: (values: FormValues) => object;
  readonly fieldOf: (apiName: string) => string | undefined;
}

/**
 * A trajectory form whose fields carry the API's names: the trajectory's subject on top, back
 * to and done on the trajectory page, where the step that follows is offered.
 */
export async function trajectoryCommandForm(
  context: SignedInContext,
  api: ApiClient,
  trajectoryId: string,
  spec: TrajectoryCommandForm,
): Promise<FormDefinition> {
  const chain = await trajectoryOf(api, trajectoryId);
  const municipality = spec.perMunicipality ? await addressedMunicipalityFields(context, api, chain) : [];
  const items = [...municipality, ...(await spec.items(chain))];
  const part = spec.part?.(chain);
  const plain = commandOf(`/advice-trajectories/${trajectoryId}${spec.path}`, items);
  return {
    title: spec.words.title,
    intro: spec.words.intro === undefined ? chain.subject : `${chain.subject}. ${spec.words.intro}`,
    submitLabel: spec.words.submit,
    backHref: `/trajecten/${trajectoryId}`,
    items: [...items, ...(part?.groups ?? [])],
    command: (values) => {
      const command = plain(values);
      if (part === undefined) return command;
      return {
        ...command,
        body: { ...command.body, ...part.bodyOf(values) },
        fieldOf: (apiName) => part.fieldOf(apiName) ?? command.fieldOf(apiName),
      };
    },
    doneHref: trajectoryDone(trajectoryId),
  };
}

/**
 * A trajectory form that asks one text only (a reason, a ruling, a closing note): its words,
 * the API path and the field's API name.
 */
export function oneTextTrajectoryForm(
  words: (t: Messages) => { readonly title: string; readonly submit: string; readonly label: string },
  path: string,
  name: string,
  required: boolean,
) {
  return (context: SignedInContext, api: ApiClient, trajectoryId: string): Promise<FormDefinition> => {
    const w = words(context.t);
    return trajectoryCommandForm(context, api, trajectoryId, {
      words: w,
      path,
      items: () => [{ kind: 'textarea', name, label: w.label, required }],
    });
  };
}

import {
  inputFields,
  listOf,
  valueOf,
  valuesOf,
  type CommandRequest,
  type FormItem,
  type FormValues,
  type InputField,
} from '../forms/form-model';
import { sameName } from './workspace-options';

/**
 * The command of a form whose fields are named as the API names them: each filled field goes
 * out under its own name (numbers as numbers, yes/no as booleans, lists as arrays, checkboxes as
 * arrays), an empty one is left out, and each refusal comes back beside its field.
 */
export function commandOf(
  path: string | ((values: FormValues) => string),
  items: readonly FormItem[],
  extra: object = {},
): (values: FormValues) => CommandRequest {
  const fields = inputFields(items);
  return (values) => ({
    path: typeof path === 'string' ? path : path(values),
    body: { ...bodyOf(fields, values), ...extra },
    fieldOf: sameName(...fields.map((field) => field.name)),
  });
}

function bodyOf(fields: readonly InputField[], values: FormValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.kind === 'checkboxes') {
      const chosen = valuesOf(values, field.name);
      if (chosen.length > 0 || field.required) body[field.name] = chosen;
      continue;
    }
    const text = valueOf(values, field.name);
    if (text === '') continue;
    body[field.name] =
      field.wire === 'number'
        ? Number(text)
        : field.wire === 'boolean'
          ? text === 'true'
          : field.wire === 'list'
            ? listOf(values, field.name)
            : text;
  }
  return body;
}

/** A yes/no question as two radio buttons whose values the API reads as a boolean. */
export function yesNo(name: string, label: string, yes: string, no: string, hint?: string): InputField {
  return {
    kind: 'radios',
    name,
    label,
    required: true,
    wire: 'boolean',
    options: [
      { value: 'true', label: yes },
      { value: 'false', label: no },
    ],
    ...(hint === undefined ? {} : { hint }),
  };
}

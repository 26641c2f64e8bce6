import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { ProblemDetails } from '../../http/problem-details';
import type { CommandAnswer } from '../api/api-types';
import type { Messages } from '../i18n/messages.nl';
import type { PageContext } from '../page/page-context';
import { sendPage } from '../page/render';
import { isCsrfValid } from '../session/csrf';
import { FormPage } from './form.page';
import {
  IDEMPOTENCY_FIELD,
  inputFields,
  valueOf,
  type FormDefinition,
  type FormErrors,
  type FormValues,
  type InputField,
} from './form-model';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const WHOLE_NUMBER = /^\d{1,6}$/;

/** Shows an empty form. */
export function showForm(response: Response, context: PageContext, form: FormDefinition): void {
  sendPage(response, <FormPage context={context} form={form} values={{}} errors={{}} idempotencyKey={randomUUID()} />);
}

/**
 * Handles a posted form: the CSRF token, then what the page itself can check (required
 * fields, dates, numbers), then the command through the API. Recorded: 303 to the next page.
 * Refused: the same form again, with the domain's refusal in words beside its field.
 */
export async function submitForm(
  request: Request,
  response: Response,
  context: PageContext,
  form: FormDefinition,
): Promise<void> {
  const values = postedValues(request, form);
  const idempotencyKey = idempotencyKeyOf(request);
  const again = (errors: FormErrors, status: number): void =>
    sendPage(
      response,
      <FormPage context={context} form={form} values={values} errors={errors} idempotencyKey={idempotencyKey} />,
      status,
    );
  if (!isCsrfValid(request)) return again({ '': context.t.forms.csrf }, 403);
  const local = checkFields(inputFields(form.items), values, context.t);
  if (Object.keys(local).length > 0) return again(local, 400);
  const command = form.command(values);
  const result = await context.api.post<CommandAnswer>(command.path, command.body, idempotencyKey);
  if (result.ok) {
    response.redirect(303, form.doneHref(result.body));
    return;
  }
  if (result.status === 401) {
    response.redirect(303, `/inloggen?next=${encodeURIComponent(request.originalUrl)}`);
    return;
  }
  again(refusalErrors(result.problem, command.fieldOf, context.t), result.status);
}

/** The domain's refusal in the page's language, beside the field it names when there is one. */
export function refusalErrors(
  problem: ProblemDetails,
  fieldOf: (apiName: string) => string | undefined,
  t: Messages,
): FormErrors {
  const words =
    (problem.code && t.refusals[problem.code]) || (problem.status >= 500 ? t.common.errorText : t.forms.refused);
  const errors: Record<string, string> = {};
  for (const param of problem.invalidParams ?? []) {
    const field = fieldOf(param.name) ?? '';
    // A bad request names fields by their wire name; say only that the value is not valid.
    errors[field] ??= problem.code === 'REQUEST.INVALID' ? t.forms.invalidValue : words;
  }
  if (Object.keys(errors).length === 0 || (errors[''] !== undefined && problem.code !== 'REQUEST.INVALID')) {
    errors[''] = words;
  }
  return errors;
}

function checkFields(fields: readonly InputField[], values: FormValues, t: Messages): FormErrors {
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const value = values[field.name];
    const empty = value === undefined || (typeof value === 'string' ? value.trim() === '' : value.length === 0);
    if (empty) {
      if (field.required) {
        errors[field.name] =
          field.kind === 'select' || field.kind === 'radios' || field.kind === 'checkboxes'
            ? t.forms.requiredChoice
            : t.forms.required;
      }
      continue;
    }
    const text = valueOf(values, field.name);
    if (field.kind === 'date' && !DATE.test(text)) errors[field.name] = t.forms.invalidDate;
    if (field.kind === 'number' && !WHOLE_NUMBER.test(text)) errors[field.name] = t.forms.invalidNumber;
    const options = field.options?.map((o) => o.value);
    const chosen = typeof value === 'string' ? [value] : value;
    if (options && chosen.some((v) => !options.includes(v))) errors[field.name] = t.forms.invalidValue;
  }
  return errors;
}

/** Only the form's own fields, each a string (or strings, for checkboxes) of bounded length. */
function postedValues(request: Request, form: FormDefinition): FormValues {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const values: Record<string, string | string[]> = {};
  for (const field of inputFields(form.items)) {
    const raw = body[field.name];
    if (typeof raw === 'string') values[field.name] = raw.slice(0, 20_000);
    else if (Array.isArray(raw)) {
      const strings = raw.filter((v): v is string => typeof v === 'string').map((v) => v.slice(0, 20_000));
      values[field.name] = field.kind === 'checkboxes' ? strings : (strings[0] ?? '');
    }
  }
  return values;
}

function idempotencyKeyOf(request: Request): string {
  const posted = (request.body as Record<string, unknown> | undefined)?.[IDEMPOTENCY_FIELD];
  return typeof posted === 'string' && /^[0-9a-f-]{36}$/.test(posted) ? posted : randomUUID();
}

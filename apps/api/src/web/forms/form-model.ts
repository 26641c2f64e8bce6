import type { ApiResult } from '../api/api-client';
import type { CommandAnswer } from '../api/api-types';

/** The hidden field whose value goes out as the command's Idempotency-Key: a double submit records once. */
export const IDEMPOTENCY_FIELD = '_idem';

/** What a form posted: one value per field, several for checkboxes. */
export type FormValues = Readonly<Record<string, string | readonly string[]>>;
/** Messages per field name; `''` holds those that belong to no single field. */
export type FormErrors = Readonly<Record<string, string>>;

export interface Option {
  readonly value: string;
  readonly label: string;
}

export interface InputField {
  readonly kind: 'text' | 'textarea' | 'date' | 'number' | 'select' | 'checkboxes' | 'radios';
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly required?: boolean;
  /**
   * For a field the domain requires only in some cases (the question of a request): said in
   * the label instead of "optional"; the domain's refusal then appears beside the field.
   */
  readonly requiredWhen?: string;
  /** The choice made until the visitor makes another (a radio group with a usual answer). */
  readonly defaultValue?: string;
  readonly options?: readonly Option[];
  readonly autocomplete?: string;
  /**
   * How the value travels in the command when the form's fields carry the API's names
   * (`commandOf`): a whole number, a yes/no choice, or a comma-separated list. Text otherwise.
   */
  readonly wire?: 'number' | 'boolean' | 'list';
}

/** Fields that belong together, under one legend (one recommendation's answer). */
export interface FieldGroup {
  readonly kind: 'group';
  readonly legend: string;
  readonly hint?: string;
  readonly fields: readonly InputField[];
}

export type FormItem = InputField | FieldGroup;

/** A command as the API takes it, and where its refusals point in the form. */
export interface CommandRequest {
  readonly path: string;
  readonly body: object;
  /** The form field behind an API field path (`recommendations[1].text`), if any. */
  readonly fieldOf: (apiName: string) => string | undefined;
}

/** One workspace form: its fields, the command it sends, and where to go once it is recorded. */
export interface FormDefinition {
  readonly title: string;
  readonly intro?: string;
  readonly items: readonly FormItem[];
  readonly submitLabel: string;
  readonly backHref: string;
  readonly command: (values: FormValues) => CommandRequest;
  readonly doneHref: (answer: CommandAnswer) => string;
}

export type CommandResult = ApiResult<CommandAnswer>;

/** Every input field of a form, groups opened up. */
export function inputFields(items: readonly FormItem[]): InputField[] {
  return items.flatMap((item) => (item.kind === 'group' ? item.fields : [item]));
}

/** The single value of a field, trimmed; '' when absent. */
export function valueOf(values: FormValues, name: string): string {
  const value = values[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** The values of a checkbox field; [] when none is ticked. */
export function valuesOf(values: FormValues, name: string): string[] {
  const value = values[name];
  if (value === undefined) return [];
  return (typeof value === 'string' ? [value] : [...value]).map((v) => v.trim()).filter((v) => v.length > 0);
}

/** A comma-separated text field as a list (themes). */
export function listOf(values: FormValues, name: string): string[] {
  return valueOf(values, name)
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** Sets `key` only when the field has a value, as the API wants optional fields absent. */
export function optional(key: string, value: string): Record<string, string> {
  return value.length > 0 ? { [key]: value } : {};
}

import type { VNode } from 'preact';
import type { Messages } from '../i18n/messages.nl';
import type { FieldGroup, FormErrors, FormValues, InputField } from './form-model';

export const fieldId = (name: string): string => `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

interface FieldProps {
  readonly field: InputField;
  readonly values: FormValues;
  readonly errors: FormErrors;
  readonly t: Messages;
}

/**
 * One NL Design System form field: label, hint, the refusal next to it (named by
 * aria-describedby and aria-invalid), then the input.
 */
export function Field({ field, values, errors, t }: FieldProps): VNode {
  const id = fieldId(field.name);
  const error = errors[field.name];
  const describedBy =
    [field.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const label = field.required ? field.label : `${field.label} ${field.requiredWhen ?? t.forms.optional}`;
  if (field.kind === 'checkboxes' || field.kind === 'radios') {
    const posted = values[field.name] ?? (field.defaultValue === undefined ? [] : [field.defaultValue]);
    const chosen = new Set(typeof posted === 'string' ? [posted] : posted);
    return (
      <div class={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
        <fieldset
          class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset"
          id={id}
          aria-describedby={describedBy}
          aria-invalid={error ? 'true' : undefined}
        >
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{label}</legend>
          <Hint id={`${id}-hint`} text={field.hint} />
          <ErrorMessage id={`${id}-error`} text={error} />
          <div class="fieldset-grid">
            {(field.options ?? []).map((option, index) => (
              <div class="utrecht-form-field utrecht-form-field--checkbox">
                <input
                  type={field.kind === 'checkboxes' ? 'checkbox' : 'radio'}
                  class={
                    field.kind === 'checkboxes'
                      ? 'utrecht-checkbox utrecht-checkbox--html-input'
                      : 'utrecht-radio-button utrecht-radio-button--html-input'
                  }
                  id={`${id}-${index}`}
                  name={field.name}
                  value={option.value}
                  checked={chosen.has(option.value)}
                />{' '}
                <label class="utrecht-form-label utrecht-form-label--checkbox" for={`${id}-${index}`}>
                  {option.label}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
    );
  }
  const given = typeof values[field.name] === 'string' ? (values[field.name] as string) : '';
  // A required choice with one option only (a single municipality) is made already.
  const only =
    field.kind === 'select' && field.required && field.options?.length === 1 ? field.options[0]?.value : undefined;
  const value = given === '' && only !== undefined ? only : given;
  const common = {
    id,
    name: field.name,
    'aria-describedby': describedBy,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-required': field.required ? ('true' as const) : undefined,
  };
  const textboxClass = `utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`;
  return (
    <div class={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>
          {label}
        </label>
      </div>
      <Hint id={`${id}-hint`} text={field.hint} />
      <ErrorMessage id={`${id}-error`} text={error} />
      <div class="utrecht-form-field__input">
        {field.kind === 'textarea' ? (
          <textarea
            class={`utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}`}
            rows={4}
            {...common}
          >
            {value}
          </textarea>
        ) : field.kind === 'select' ? (
          <select
            class={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`}
            {...common}
          >
            <option value="">—</option>
            {(field.options ?? []).map((option) => (
              <option value={option.value} selected={option.value === value}>
                {option.label}
              </option>
            ))}
          </select>
        ) : field.kind === 'date' ? (
          <input class={textboxClass} type="date" value={value} autocomplete="off" {...common} />
        ) : (
          <input
            class={textboxClass}
            type="text"
            inputMode={field.kind === 'number' ? 'numeric' : undefined}
            value={value}
            autocomplete={field.autocomplete ?? 'off'}
            {...common}
          />
        )}
      </div>
    </div>
  );
}

export function Group({
  group,
  values,
  errors,
  t,
}: {
  group: FieldGroup;
  values: FormValues;
  errors: FormErrors;
  t: Messages;
}): VNode {
  return (
    <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{group.legend}</legend>
      {group.hint ? <p class="utrecht-form-field-description">{group.hint}</p> : null}
      {group.fields.map((field) => (
        <Field field={field} values={values} errors={errors} t={t} />
      ))}
    </fieldset>
  );
}

function Hint({ id, text }: { id: string; text: string | undefined }): VNode | null {
  if (!text) return null;
  return (
    <div class="utrecht-form-field__description">
      <p class="utrecht-form-field-description" id={id}>
        {text}
      </p>
    </div>
  );
}

function ErrorMessage({ id, text }: { id: string; text: string | undefined }): VNode | null {
  if (!text) return null;
  return (
    <div class="utrecht-form-field__error-message">
      <p class="utrecht-form-field-error-message" id={id}>
        {text}
      </p>
    </div>
  );
}

/** Every refusal at the top of the form, each linking to its field, announced at once. */
export function ErrorSummary({
  errors,
  labels,
  t,
}: {
  errors: FormErrors;
  labels: Readonly<Record<string, string>>;
  t: Messages;
}): VNode | null {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div class="utrecht-alert utrecht-alert--error" role="alert" aria-labelledby="error-summary-title">
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">
          <h2 class="utrecht-heading-2" id="error-summary-title">
            {t.forms.errorSummary}
          </h2>
          <ul class="utrecht-unordered-list">
            {entries.map(([name, message]) => (
              <li class="utrecht-unordered-list__item">
                {name === '' ? (
                  message
                ) : (
                  <a class="utrecht-link" href={`#${fieldId(name)}`}>
                    {labels[name] ? `${labels[name]}: ${message}` : message}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

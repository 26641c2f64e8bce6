import type { VNode } from 'preact';

export type FilterField =
  | { readonly kind: 'text'; readonly name: string; readonly label: string; readonly hint?: string }
  | {
      readonly kind: 'select';
      readonly name: string;
      readonly label: string;
      readonly options: readonly (readonly [value: string, label: string])[];
    };

interface FilterFormProps {
  readonly heading: string;
  readonly action: string;
  readonly fields: readonly FilterField[];
  /** The values asked for now, shown again in the fields. */
  readonly values: Readonly<Record<string, string | undefined>>;
  readonly anyLabel: string;
  readonly applyLabel: string;
  readonly resetLabel: string;
}

/**
 * A search-and-filter form sent with GET, so every result is a link that can be kept, shared
 * and paged; a new search starts at the first page (the form sends no offset).
 */
export function FilterForm({
  heading,
  action,
  fields,
  values,
  anyLabel,
  applyLabel,
  resetLabel,
}: FilterFormProps): VNode {
  return (
    <form class="filter-form no-print" method="get" action={action} role="search" aria-labelledby="filter-heading">
      <h2 class="utrecht-heading-2" id="filter-heading">
        {heading}
      </h2>
      <div class="filter-form__fields">
        {fields.map((field) => {
          const id = `filter-${field.name}`;
          const value = values[field.name] ?? '';
          return (
            <div class="utrecht-form-field">
              <div class="utrecht-form-field__label">
                <label class="utrecht-form-label" for={id}>
                  {field.label}
                </label>
              </div>
              {field.kind === 'text' && field.hint ? (
                <div class="utrecht-form-field-description" id={`${id}-hint`}>
                  {field.hint}
                </div>
              ) : null}
              <div class="utrecht-form-field__input">
                {field.kind === 'text' ? (
                  <input
                    class="utrecht-textbox utrecht-textbox--html-input"
                    type="search"
                    id={id}
                    name={field.name}
                    value={value}
                    autocomplete="off"
                    aria-describedby={field.hint ? `${id}-hint` : undefined}
                  />
                ) : (
                  <select class="utrecht-select utrecht-select--html-select" id={id} name={field.name}>
                    <option value="">{anyLabel}</option>
                    {field.options.map(([optionValue, label]) => (
                      <option value={optionValue} selected={optionValue === value}>
                        {label}
                      </option>
                    ))}
                  </select>
                )}
              </div>
            </div>
          );
        })}
      </div>
      <p class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          {applyLabel}
        </button>{' '}
        <a class="utrecht-link" href={action}>
          {resetLabel}
        </a>
      </p>
    </form>
  );
}

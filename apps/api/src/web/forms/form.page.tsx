import type { VNode } from 'preact';
import { Paragraph } from '../components/messages';
import { Layout } from '../layout/layout';
import type { PageContext } from '../page/page-context';
import { CSRF_FIELD } from '../session/csrf';
import { FormActions } from './form-actions';
import { ErrorSummary, Field, Group } from './form-fields';
import { IDEMPOTENCY_FIELD, inputFields, type FormDefinition, type FormErrors, type FormValues } from './form-model';

interface FormPageProps {
  readonly context: PageContext;
  readonly form: FormDefinition;
  readonly values: FormValues;
  readonly errors: FormErrors;
  readonly idempotencyKey: string;
}

/** A workspace form: refusals on top and beside their fields, then the fields, then submit. */
export function FormPage({ context, form, values, errors, idempotencyKey }: FormPageProps): VNode {
  const { t } = context;
  const labels = Object.fromEntries(inputFields(form.items).map((field) => [field.name, field.label]));
  const title = Object.keys(errors).length > 0 ? `${t.forms.errorSummary}: ${form.title}` : form.title;
  return (
    <Layout context={context} title={title}>
      <h1 class="utrecht-heading-1">{form.title}</h1>
      {form.intro ? <Paragraph>{form.intro}</Paragraph> : null}
      <ErrorSummary errors={errors} labels={labels} t={t} />
      <form method="post" novalidate>
        <input type="hidden" name={CSRF_FIELD} value={context.csrfToken} />
        <input type="hidden" name={IDEMPOTENCY_FIELD} value={idempotencyKey} />
        {form.items.map((item) =>
          item.kind === 'group' ? (
            <Group group={item} values={values} errors={errors} t={t} />
          ) : (
            <Field field={item} values={values} errors={errors} t={t} />
          ),
        )}
        <FormActions submitLabel={form.submitLabel} backHref={form.backHref} t={t} />
      </form>
    </Layout>
  );
}

import type { VNode } from 'preact';
import { Paragraph } from '../../components/messages';
import { FormActions } from '../../forms/form-actions';
import { ErrorSummary, Field, fieldId } from '../../forms/form-fields';
import { IDEMPOTENCY_FIELD, type FormErrors, type FormValues } from '../../forms/form-model';
import { Layout } from '../../layout/layout';
import type { PageContext } from '../../page/page-context';
import { CSRF_FIELD } from '../../session/csrf';
import { FILE_FIELD, type UploadForm } from './upload-form';
import type { UploadWords } from './upload-words';

/** What the page accepts: the three formats by extension and type, so the file chooser offers them. */
const ACCEPT = [
  '.pdf',
  '.odt',
  '.docx',
  'application/pdf',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
].join(',');

interface UploadPageProps {
  readonly context: PageContext;
  readonly form: UploadForm;
  readonly words: UploadWords;
  readonly maxSize: string;
  readonly values: FormValues;
  readonly errors: FormErrors;
  readonly idempotencyKey: string;
}

/** A document upload: refusals on top and beside their fields, the kind, the event it goes with, the file. */
export function UploadDocumentPage(props: UploadPageProps): VNode {
  const { context, form, words, values, errors, idempotencyKey } = props;
  const { t } = context;
  const labels = {
    ...Object.fromEntries(form.items.map((field) => [field.name, field.label])),
    [FILE_FIELD]: words.file,
  };
  const title = Object.keys(errors).length > 0 ? `${t.forms.errorSummary}: ${form.title}` : form.title;
  return (
    <Layout context={context} title={title}>
      <h1 class="utrecht-heading-1">{form.title}</h1>
      {form.intro.map((line) => (
        <Paragraph>{line}</Paragraph>
      ))}
      <ErrorSummary errors={errors} labels={labels} t={t} />
      <form method="post" enctype="multipart/form-data" novalidate>
        <input type="hidden" name={CSRF_FIELD} value={context.csrfToken} />
        <input type="hidden" name={IDEMPOTENCY_FIELD} value={idempotencyKey} />
        {form.items.map((field) => (
          <Field field={field} values={values} errors={errors} t={t} />
        ))}
        <FileField {...props} />
        <FormActions submitLabel={words.submit} backHref={form.backHref} t={t} />
      </form>
    </Layout>
  );
}

/** The file chooser, with its limits as a hint and its refusal beside it (named by aria-describedby). */
function FileField({ words, maxSize, errors }: UploadPageProps): VNode {
  const id = fieldId(FILE_FIELD);
  const error = errors[FILE_FIELD];
  // A browser forgets the chosen file once the page comes back: say so when it did.
  const hint = [words.fileHint, words.maxSize(maxSize), Object.keys(errors).length > 0 ? words.fileAgain : '']
    .filter(Boolean)
    .join(' ');
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>
          {words.file}
        </label>
      </div>
      <div class="utrecht-form-field__description">
        <p class="utrecht-form-field-description" id={`${id}-hint`}>
          {hint}
        </p>
      </div>
      {error ? (
        <div class="utrecht-form-field__error-message">
          <p class="utrecht-form-field-error-message" id={`${id}-error`}>
            {error}
          </p>
        </div>
      ) : null}
      <div class="utrecht-form-field__input">
        <input
          type="file"
          id={id}
          name={FILE_FIELD}
          accept={ACCEPT}
          aria-describedby={describedBy}
          aria-invalid={error ? 'true' : undefined}
          aria-required="true"
        />
      </div>
    </div>
  );
}

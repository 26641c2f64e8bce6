import type { VNode } from 'preact';
import { ROLES } from '#application';
import { Alert, Paragraph } from '../components/messages';
import { ErrorSummary, Field } from '../forms/form-fields';
import type { FormErrors, FormValues, InputField } from '../forms/form-model';
import { Layout } from '../layout/layout';
import type { PageContext } from '../page/page-context';
import { CSRF_FIELD } from '../session/csrf';
import { signInTexts } from './sign-in.texts';

/**
 * How the visitor signs in: at the identity provider, made here (embedded default, own machine),
 * or with a pasted token of the trusted issuer.
 */
export type SignInMode = 'provider' | 'issue' | 'paste' | 'paste-remote';

interface SignInPageProps {
  readonly context: PageContext;
  readonly mode: SignInMode;
  readonly next: string;
  readonly values: FormValues;
  readonly errors: FormErrors;
  readonly notice?: string;
}

export function signInFields(context: PageContext, mode: SignInMode): InputField[] {
  const t = context.t.signIn;
  if (mode !== 'issue') return [{ kind: 'textarea', name: 'token', label: t.token, required: true }];
  return [
    { kind: 'text', name: 'sub', label: t.subject, hint: t.subjectHint, required: true, autocomplete: 'username' },
    {
      kind: 'select',
      name: 'role',
      label: t.role,
      required: true,
      options: ROLES.map((role) => ({ value: role, label: context.t.labels.role[role] })),
    },
    { kind: 'text', name: 'municipalities', label: t.municipalities, hint: t.municipalitiesHint, required: true },
  ];
}

/** The sign-in page of the workspace. */
export function SignInPage({ context, mode, next, values, errors, notice }: SignInPageProps): VNode {
  const { t } = context;
  if (mode === 'provider') {
    return (
      <Layout context={context} title={t.signIn.title}>
        <h1 class="utrecht-heading-1">{t.signIn.title}</h1>
        {notice ? <Alert kind="ok">{notice}</Alert> : null}
        <Paragraph>
          <a class="utrecht-link" href={`/inloggen?next=${encodeURIComponent(next)}`}>
            {signInTexts(context.language).signInAgain}
          </a>
        </Paragraph>
      </Layout>
    );
  }
  const fields = signInFields(context, mode);
  const intro =
    mode === 'issue' ? t.signIn.localIntro : mode === 'paste' ? t.signIn.pasteIntro : t.signIn.remoteOnlyIntro;
  return (
    <Layout context={context} title={t.signIn.title}>
      <h1 class="utrecht-heading-1">{t.signIn.title}</h1>
      {notice ? <Alert kind="ok">{notice}</Alert> : null}
      <Paragraph>{intro}</Paragraph>
      <ErrorSummary errors={errors} labels={Object.fromEntries(fields.map((f) => [f.name, f.label]))} t={t} />
      <form method="post" action="/inloggen" novalidate>
        <input type="hidden" name={CSRF_FIELD} value={context.csrfToken} />
        <input type="hidden" name="next" value={next} />
        {fields.map((field) => (
          <Field field={field} values={values} errors={errors} t={t} />
        ))}
        <div class="form-actions">
          <button type="submit" class="utrecht-button utrecht-button--primary-action utrecht-button--submit">
            {t.signIn.submit}
          </button>
        </div>
      </form>
    </Layout>
  );
}

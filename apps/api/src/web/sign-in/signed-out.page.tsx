import type { VNode } from 'preact';
import { Alert, Paragraph } from '../components/messages';
import { Layout } from '../layout/layout';
import type { PageContext } from '../page/page-context';
import { signInTexts } from './sign-in.texts';

/** After sign-out here: the way to end the session at the identity provider too. */
export function SignedOutPage({
  context,
  providerLogoutUrl,
}: {
  context: PageContext;
  providerLogoutUrl: string;
}): VNode {
  const t = signInTexts(context.language);
  return (
    <Layout context={context} title={context.t.common.signOut}>
      <h1 class="utrecht-heading-1">{context.t.common.signOut}</h1>
      <Alert kind="ok">{t.signedOutHere}</Alert>
      <Paragraph>
        <a class="utrecht-link" href={providerLogoutUrl} id="provider-logout">
          {t.signOutAtProvider}
        </a>
      </Paragraph>
    </Layout>
  );
}

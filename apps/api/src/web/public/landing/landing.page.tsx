import type { VNode } from 'preact';
import type { Municipality } from '../../api/api-types';
import { Alert, Paragraph } from '../../components/messages';
import { Layout } from '../../layout/layout';
import type { PageContext } from '../../page/page-context';

/** The public landing page: what this is, and a link to each municipality. */
export function LandingPage({
  context,
  municipalities,
}: {
  context: PageContext;
  municipalities: readonly Municipality[] | undefined;
}): VNode {
  const { t } = context;
  return (
    <Layout context={context} title={t.landing.title}>
      <h1 class="utrecht-heading-1">{t.landing.title}</h1>
      <Paragraph lead>{t.landing.intro}</Paragraph>
      <h2 class="utrecht-heading-2">{t.landing.municipalitiesHeading}</h2>
      {municipalities === undefined ? (
        <Alert kind="warning">{t.common.unavailableText}</Alert>
      ) : municipalities.length === 0 ? (
        <Paragraph>{t.landing.noMunicipalities}</Paragraph>
      ) : (
        <ul class="utrecht-link-list utrecht-link-list--html-ul">
          {municipalities.map((municipality) => (
            <li class="utrecht-link-list__item">
              <a class="utrecht-link utrecht-link-list__link" href={`/gemeenten/${municipality.code}`}>
                {municipality.name}
              </a>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

import type { VNode } from 'preact';
import { Alert, Paragraph } from '../../components/messages';
import { Layout } from '../../layout/layout';
import type { PageContext } from '../../page/page-context';

/** One file as ListOpenDataSets names it. */
export interface OpenDataFileLink {
  readonly municipalityCode: string;
  readonly dataset: string;
  readonly title: string;
  readonly format: string;
  readonly url: string;
  readonly schemaUrl: string;
}

export interface OpenDataListing {
  readonly license: string;
  readonly catalogUrl: string;
  readonly files: readonly OpenDataFileLink[];
}

/** The address on this site: the listing names the files as the API saw the request. */
const local = (url: string): string => new URL(url).pathname;

/**
 * The open data for everyone (#21, ADR 0037): per municipality the advice register, the
 * recommendations with the college's decisions, and the council's decisions, as CSV and JSON,
 * under CC0, with a JSON Schema per dataset and a DCAT description. The texts are Dutch and
 * specific to this page, so they live here rather than in the shared labels.
 */
export function OpenDataPage({
  context,
  listing,
}: {
  context: PageContext;
  listing: OpenDataListing | undefined;
}): VNode {
  const title = 'Open data';
  const municipalities = [...new Set(listing?.files.map((file) => file.municipalityCode) ?? [])];
  return (
    <Layout context={context} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <Paragraph lead>
        Alle adviezen, de besluiten van het college over elke aanbeveling en de besluiten van de raad, per gemeente, om
        vrij te hergebruiken. De bestanden bevatten geen persoonsgegevens.
      </Paragraph>
      {listing === undefined ? (
        <Alert kind="warning">{context.t.common.unavailableText}</Alert>
      ) : (
        <>
          <Paragraph>
            Licentie:{' '}
            <a class="utrecht-link" href={listing.license} rel="license">
              CC0 1.0 (publiek domein)
            </a>
            . Beschrijving voor dataportalen:{' '}
            <a class="utrecht-link" href={local(listing.catalogUrl)}>
              DCAT-catalogus (JSON-LD)
            </a>
            .
          </Paragraph>
          {municipalities.map((code) => (
            <section aria-labelledby={`open-data-${code}`}>
              <h2 class="utrecht-heading-2" id={`open-data-${code}`}>
                Gemeente {code}
              </h2>
              <ul class="utrecht-unordered-list">
                {listing.files
                  .filter((file) => file.municipalityCode === code && file.format === 'csv')
                  .map((file) => (
                    <li class="utrecht-unordered-list__item">
                      {file.title}:{' '}
                      <a class="utrecht-link" href={local(file.url)} download>
                        CSV
                      </a>
                      {' · '}
                      <a class="utrecht-link" href={local(file.url.replace(/\.csv$/, '.json'))}>
                        JSON
                      </a>
                      {' · '}
                      <a class="utrecht-link" href={local(file.schemaUrl)}>
                        JSON Schema
                      </a>
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </Layout>
  );
}

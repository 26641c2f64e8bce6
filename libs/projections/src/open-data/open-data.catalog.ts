import { OPEN_DATA_SETS } from './open-data.datasets';
import { OPEN_DATA_FORMATS, OPEN_DATA_LICENSE, type OpenDataFormat } from './open-data.formats';

const MEDIA_TYPES: Readonly<Record<OpenDataFormat, string>> = { csv: 'text/csv', json: 'application/json' };

/** One file of the open data: its stable URL, format and the schema it keeps to. */
export interface OpenDataFile {
  readonly municipalityCode: string;
  readonly dataset: string;
  readonly title: string;
  readonly format: OpenDataFormat;
  readonly mediaType: string;
  readonly url: string;
  readonly schemaUrl: string;
}

/** Where the files live, from the service's public address (`…/api/v1/open-data`). */
export function openDataFiles(baseUrl: string, municipalityCodes: readonly string[]): OpenDataFile[] {
  return municipalityCodes.flatMap((municipalityCode) =>
    OPEN_DATA_SETS.flatMap((set) =>
      OPEN_DATA_FORMATS.map((format) => ({
        municipalityCode,
        dataset: set.name,
        title: set.title,
        format,
        mediaType: MEDIA_TYPES[format],
        url: `${baseUrl}/${municipalityCode}/${set.name}.${format}`,
        schemaUrl: schemaUrlOf(baseUrl, set.name),
      })),
    ),
  );
}

export function schemaUrlOf(baseUrl: string, dataset: string): string {
  return `${baseUrl}/schemas/${dataset}.schema.json`;
}

/** The DCAT-AP catalogue (JSON-LD): one dataset per municipality and register, a distribution per file. */
export function dcatCatalog(baseUrl: string, municipalityCodes: readonly string[]): Record<string, unknown> {
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
    },
    '@id': `${baseUrl}/catalog.jsonld`,
    '@type': 'dcat:Catalog',
    'dct:title': 'Open data van de participatieraden',
    'dct:description': 'Adviezen, besluiten van het college en de raad, en de uitvoering: per gemeente.',
    'dct:license': { '@id': OPEN_DATA_LICENSE },
    'dcat:dataset': municipalityCodes.flatMap((municipalityCode) =>
      OPEN_DATA_SETS.map((set) => ({
        '@id': `${baseUrl}/${municipalityCode}/${set.name}`,
        '@type': 'dcat:Dataset',
        'dct:title': `${set.title} (${municipalityCode})`,
        'dct:description': set.description,
        'dct:license': { '@id': OPEN_DATA_LICENSE },
        'dct:spatial': municipalityCode,
        'dcat:distribution': OPEN_DATA_FORMATS.map((format) => ({
          '@type': 'dcat:Distribution',
          'dcat:downloadURL': { '@id': `${baseUrl}/${municipalityCode}/${set.name}.${format}` },
          'dcat:mediaType': MEDIA_TYPES[format],
          'dct:license': { '@id': OPEN_DATA_LICENSE },
          'dct:conformsTo': { '@id': schemaUrlOf(baseUrl, set.name) },
        })),
      })),
    ),
  };
}

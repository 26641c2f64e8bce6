/**
 * The paths the web pages answer on, outside the `api/v1` prefix (path-to-regexp syntax, as
 * Nest's `setGlobalPrefix` exclusion reads them). Every web controller lives under one of these.
 */
export const WEB_PATHS: readonly string[] = [
  '/',
  'gemeenten/*rest',
  'trajecten/*rest',
  'raadsvoorstellen/*rest',
  'opendata',
  'inloggen',
  'inloggen/*rest',
  'uitloggen',
  'werkruimte',
  'werkruimte/*rest',
  'evaluatie',
  'evaluatie/*rest',
  'assets/*rest',
];

import type { OpenDataColumn, OpenDataRow, OpenDataSet } from './open-data.datasets';

export const OPEN_DATA_FORMATS = ['csv', 'json'] as const;
export type OpenDataFormat = (typeof OPEN_DATA_FORMATS)[number];

/** CC0: the municipality waives every right, so anyone may reuse the files without asking. */
export const OPEN_DATA_LICENSE = 'https://creativecommons.org/publicdomain/zero/1.0/';

/** RFC 4180 CSV, columns in the dataset's order; an empty cell for a value that is absent. */
export function toCsv(set: OpenDataSet, rows: readonly OpenDataRow[]): string {
  const header = set.columns.map((column) => column.name);
  const lines = [header, ...rows.map((row) => header.map((name) => cell(row[name] ?? null)))];
  return `${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
}

function cell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  // A leading =, +, - or @ would be run as a formula by spreadsheets: quote it as text.
  const guarded = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(guarded) || guarded !== text ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** The JSON file: the licence, and the rows as objects. */
export function toJson(
  set: OpenDataSet,
  municipalityCode: string,
  rows: readonly OpenDataRow[],
): { dataset: string; municipalityCode: string; license: string; rows: readonly OpenDataRow[] } {
  return { dataset: set.name, municipalityCode, license: OPEN_DATA_LICENSE, rows };
}

/** The published JSON Schema (draft 2020-12) of a dataset's JSON file. */
export function jsonSchemaOf(set: OpenDataSet, schemaUrl: string): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaUrl,
    title: set.title,
    description: set.description,
    type: 'object',
    additionalProperties: false,
    required: ['dataset', 'municipalityCode', 'license', 'rows'],
    properties: {
      dataset: { const: set.name },
      municipalityCode: { type: 'string', pattern: '^GM[0-9]{4}$' },
      license: { const: OPEN_DATA_LICENSE },
      rows: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: set.columns.map((column) => column.name),
          properties: Object.fromEntries(set.columns.map((column) => [column.name, columnSchema(column)])),
        },
      },
    },
  };
}

function columnSchema(column: OpenDataColumn): Record<string, unknown> {
  const base: Record<string, unknown> = {
    description: column.description,
    type: column.optional ? [column.type, 'null'] : column.type,
    ...(column.format ? { format: column.format } : {}),
  };
  if (!column.enum) return base;
  return { ...base, enum: column.optional ? [...column.enum, null] : [...column.enum] };
}

import { ApiParam } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  OPEN_DATA_SETS,
  openDataSet,
  toCsv,
  toJson,
  type OpenDataFormat,
  type OpenDataRow,
  type OpenDataSet,
} from '#projections';
import { RequestValidationError } from '../http/request-validation';

const DATASET_NAMES = OPEN_DATA_SETS.map((set) => set.name);

/** The file's path parameter, naming every dataset there is. */
export const ApiOpenDataFileParam = (): MethodDecorator =>
  ApiParam({
    name: 'file',
    description: `The dataset and format: {${DATASET_NAMES.join('|')}}.{csv|json}.`,
    example: 'advice.csv',
  });

/** The dataset and format a file name asks for; 400 for any other name. */
export function openDataFileOf(file: string): { set: OpenDataSet; format: OpenDataFormat } {
  const match = /^([a-z-]+)\.(csv|json)$/.exec(file);
  const set = match ? openDataSet(match[1] ?? '') : undefined;
  if (!match || !set) {
    throw new RequestValidationError([
      { name: 'file', reason: `must be one of ${DATASET_NAMES.join(', ')} with .csv or .json` },
    ]);
  }
  return { set, format: match[2] === 'csv' ? 'csv' : 'json' };
}

/** The file inline under its own name: CSV as text, JSON with the municipality beside the rows. */
export function sendOpenDataFile(
  response: Response,
  { set, format }: { set: OpenDataSet; format: OpenDataFormat },
  code: string,
  file: string,
  rows: readonly OpenDataRow[],
): void {
  response.setHeader('Content-Disposition', `inline; filename="${code}-${file}"`);
  if (format === 'csv') {
    response.status(200).type('text/csv; charset=utf-8').send(toCsv(set, rows));
    return;
  }
  response
    .status(200)
    .type('application/json')
    .send(JSON.stringify(toJson(set, code, rows)));
}

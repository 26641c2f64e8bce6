import type { Request } from 'express';
import { listMunicipalities, type ReadModels } from '#projections';

const MOST_MUNICIPALITIES = 1_000;

/** The open data's own address, from the request as the client made it (behind a trusted proxy too). */
export function baseUrlOf(request: Request): string {
  return `${request.protocol}://${request.get('host') ?? 'localhost'}/api/v1/open-data`;
}

/** Every municipality the open data publishes files for. */
export async function municipalityCodesOf(readModels: ReadModels): Promise<string[]> {
  const { items } = await listMunicipalities(readModels, {
    municipalities: undefined,
    page: { offset: 0, limit: MOST_MUNICIPALITIES },
  });
  return items.map((municipality) => municipality.municipalityCode);
}

import type { RecordedEvent } from '#event-store';

/**
 * The municipalities a stream belongs to, from its first event: the metadata's tenant, or the
 * municipalities the data names (a regional body serves several). None for streams that
 * belong to no municipality, such as a forgotten person's.
 */
export function municipalitiesOfStream(first: RecordedEvent): readonly string[] {
  if (first.metadata.municipalityCode !== undefined) return [first.metadata.municipalityCode];
  const data = first.data as { municipalityCode?: unknown; municipalityCodes?: unknown } | null;
  if (typeof data?.municipalityCode === 'string') return [data.municipalityCode];
  if (Array.isArray(data?.municipalityCodes)) {
    return data.municipalityCodes.filter((code): code is string => typeof code === 'string');
  }
  return [];
}

/** Whether a stream counts for a caller acting for these municipalities. */
export function streamInScope(municipalities: readonly string[]): (first: RecordedEvent) => boolean {
  return (first) => {
    const owners = municipalitiesOfStream(first);
    return owners.length === 0 || owners.some((code) => municipalities.includes(code));
  };
}

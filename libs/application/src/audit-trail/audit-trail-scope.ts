import type { RecordedEvent } from '#event-store';

/**
 * The municipalities a stream belongs to, from its first event: the metadata's tenant and every
 * municipality the data names — its own (`municipalityCode`), those a regional body serves
 * (`municipalityCodes`) and those a regional advice is addressed to (`addressedTo`), as each
 * addressed college answers it and so may check its record. None for streams that belong to no
 * municipality, such as a forgotten person's.
 */
export function municipalitiesOfStream(first: RecordedEvent): readonly string[] {
  const data = first.data as { municipalityCode?: unknown; municipalityCodes?: unknown; addressedTo?: unknown } | null;
  const named = [first.metadata.municipalityCode, data?.municipalityCode, ...codes(data?.municipalityCodes)];
  const owners = [...named, ...codes(data?.addressedTo)].filter((code): code is string => typeof code === 'string');
  return [...new Set(owners)];
}

function codes(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Whether a stream counts for a caller acting for these municipalities. */
export function streamInScope(municipalities: readonly string[]): (first: RecordedEvent) => boolean {
  return (first) => {
    const owners = municipalitiesOfStream(first);
    return owners.length === 0 || owners.some((code) => municipalities.includes(code));
  };
}

const INDEXED = /^([A-Za-z]+)\[(\d+)\](?:\.([A-Za-z]+))?/;

/**
 * Reads an API field path into an array (`decisions[1].reasoning`) as its list, index and
 * property, so a refusal can be put beside the form field that produced that item.
 */
export function indexedField(
  apiName: string,
): { readonly list: string; readonly index: number; readonly property: string | undefined } | undefined {
  const match = INDEXED.exec(apiName);
  if (!match) return undefined;
  const [, list, index, property] = match;
  return { list: list ?? '', index: Number(index), property };
}

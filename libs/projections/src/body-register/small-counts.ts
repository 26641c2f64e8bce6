/** The smallest count of people an answer shows to those who may not see small counts. */
export const SMALLEST_SHOWN_COUNT = 5;

/** A count as an answer shows it: below the threshold `null` with `suppressed: true`; 0 points at nobody. */
export type ShownCount = { readonly count: number } | { readonly count: null; readonly suppressed: true };

const hidden: ShownCount = { count: null, suppressed: true };
const isSmall = (count: number): boolean => count > 0 && count < SMALLEST_SHOWN_COUNT;

/** One count, suppressed when small and `suppressSmall`. */
export function shownCount(count: number, suppressSmall: boolean): ShownCount {
  return suppressSmall && isSmall(count) ? hidden : { count };
}

/**
 * Counts that add up to a total the answer also shows: small ones are suppressed, and when
 * only one is, the next smallest count above zero is suppressed too, so that the small one
 * cannot be derived from the total (ADR 0009, "Consequences").
 */
export function shownCounts(counts: readonly number[], suppressSmall: boolean): ShownCount[] {
  if (!suppressSmall) return counts.map((count) => ({ count }));
  const suppressed = new Set(counts.flatMap((count, index) => (isSmall(count) ? [index] : [])));
  if (suppressed.size === 1) {
    const next = counts
      .map((count, index) => ({ count, index }))
      .filter(({ count, index }) => count > 0 && !suppressed.has(index))
      .sort((a, b) => a.count - b.count)[0];
    if (next) suppressed.add(next.index);
  }
  return counts.map((count, index) => (suppressed.has(index) ? hidden : { count }));
}

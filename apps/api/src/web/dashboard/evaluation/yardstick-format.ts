import type { Yardstick } from '../../api/api-types';

/** Shares are 0–1 and read as percentages; counts and days as plain numbers. */
export function isShare(metric: string): boolean {
  return metric.endsWith('-share');
}

export function formatYardstickValue(locale: string, metric: string, value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return isShare(metric)
    ? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value)
    : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/** What a bar chart of the shares needs, in per cent; shares without a value are left out. */
export function shareChartData(
  yardsticks: readonly Yardstick[],
  label: (metric: string) => string,
): { labels: string[]; values: number[]; targets: (number | null)[] } {
  const shares = yardsticks.filter((y) => isShare(y.metric) && y.value !== null);
  return {
    labels: shares.map((y) => label(y.metric)),
    values: shares.map((y) => Math.round((y.value ?? 0) * 1000) / 10),
    targets: shares.map((y) => (y.target === undefined ? null : Math.round(y.target * 1000) / 10)),
  };
}

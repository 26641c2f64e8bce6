import type { VNode } from 'preact';
import type { Page } from '../api/api-types';

/** "Resultaat 51 tot en met 100 van 312": which slice of how many the page shows, announced politely. */
export function PageCount({
  page,
  text,
}: {
  readonly page: Page<unknown>;
  readonly text: (from: number, to: number, total: number) => string;
}): VNode {
  const from = page.total === 0 ? 0 : page.offset + 1;
  const to = page.offset + page.items.length;
  return (
    <p class="utrecht-paragraph" role="status">
      {text(from, to, page.total)}
    </p>
  );
}

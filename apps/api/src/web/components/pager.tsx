import type { VNode } from 'preact';
import type { Page } from '../api/api-types';
import type { PageContext } from '../page/page-context';

/** Links to the previous and next page of a list, when there are any. */
export function Pager({ context, page }: { context: PageContext; page: Page<unknown> }): VNode | null {
  const { offset, limit, total } = page;
  if (offset === 0 && offset + limit >= total) return null;
  const link = (to: number): string => {
    const url = new URL(context.path, 'http://page.local');
    url.searchParams.set('offset', String(to));
    // Paging on is not the moment after a form: no waiting, no "Opgeslagen." again.
    url.searchParams.delete('na');
    return `${url.pathname}${url.search}`;
  };
  return (
    <nav aria-label={`${context.t.common.previousPage} / ${context.t.common.nextPage}`}>
      <ul class="utrecht-link-list utrecht-link-list--html-ul site-nav__list">
        {offset > 0 ? (
          <li class="utrecht-link-list__item">
            <a class="utrecht-link" rel="prev" href={link(Math.max(0, offset - limit))}>
              {context.t.common.previousPage}
            </a>
          </li>
        ) : null}
        {offset + limit < total ? (
          <li class="utrecht-link-list__item">
            <a class="utrecht-link" rel="next" href={link(offset + limit)}>
              {context.t.common.nextPage}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

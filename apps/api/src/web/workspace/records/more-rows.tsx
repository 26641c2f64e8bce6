import type { VNode } from 'preact';
import type { Page } from '../../api/api-types';
import { Alert } from '../../components/messages';
import type { PageContext } from '../../page/page-context';
import { recordsText } from './records-layout';

type ListName = 'advice' | 'signals' | 'tables';

/**
 * Says so when an overview shows only the first rows of a list, and links to the register that
 * pages through all of them: a list never stops silently.
 */
export function MoreRows({
  context,
  lists,
}: {
  readonly context: PageContext;
  readonly lists: readonly (readonly [ListName, Page<unknown>])[];
}): VNode | null {
  const text = recordsText(context);
  const capped = lists.filter(([, page]) => page.total > page.items.length);
  if (capped.length === 0) return null;
  const href: Record<ListName, string> = {
    advice: '/werkruimte/adviezen',
    signals: '/werkruimte/signalen',
    tables: '/werkruimte/tafels',
  };
  return (
    <Alert kind="info">
      <ul class="utrecht-unordered-list">
        {capped.map(([name, page]) => (
          <li class="utrecht-unordered-list__item">
            {text.more.shown(page.items.length, page.total)}{' '}
            <a class="utrecht-link" href={href[name]}>
              {text.more.link(text.navigation[name].toLowerCase())}
            </a>
          </li>
        ))}
      </ul>
    </Alert>
  );
}

import type { ComponentChildren, VNode } from 'preact';
import { Layout } from '../../layout/layout';
import type { PageContext } from '../../page/page-context';
import { recordsNl, type RecordsText } from './records.text.nl';

/** The record pages' texts; Dutch only for now (see RecordsLayout). */
export function recordsText(_context: PageContext): RecordsText {
  return recordsNl;
}

const SECTIONS = [
  ['/werkruimte', 'overview'],
  ['/werkruimte/termijnen', 'deadlines'],
  ['/werkruimte/adviezen', 'advice'],
  ['/werkruimte/signalen', 'signals'],
  ['/werkruimte/tafels', 'tables'],
  ['/werkruimte/organen', 'bodies'],
  ['/werkruimte/raadsvoorstellen', 'proposals'],
  ['/werkruimte/geschillen', 'disputes'],
  ['/werkruimte/pilots', 'pilots'],
] as const;

/** The workspace's sections, the current one marked for screen readers as well. */
export function WorkspaceNavigation({ context }: { readonly context: PageContext }): VNode {
  const text = recordsText(context).navigation;
  const path = context.path.split('?')[0] ?? '';
  const current = SECTIONS.filter(([href]) => href !== '/werkruimte' && path.startsWith(href))[0]?.[0] ?? path;
  return (
    <nav class="workspace-nav no-print" aria-label={text.label}>
      <ul class="utrecht-link-list utrecht-link-list--html-ul site-nav__list">
        {SECTIONS.map(([href, key]) => (
          <li class="utrecht-link-list__item">
            <a
              class="utrecht-link utrecht-link-list__link"
              href={href}
              aria-current={href === current ? 'page' : undefined}
            >
              {text[key]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

interface RecordsLayoutProps {
  readonly context: PageContext;
  readonly title: string;
  readonly children: ComponentChildren;
}

/**
 * A record page in the workspace frame: the sections' menu, then the page. The texts are
 * Dutch only, so on an English page they say so (`lang="nl"`) for screen readers.
 */
export function RecordsLayout({ context, title, children }: RecordsLayoutProps): VNode {
  return (
    <Layout context={context} title={title}>
      <div lang={context.language === 'nl' ? undefined : 'nl'}>
        <WorkspaceNavigation context={context} />
        <h1 class="utrecht-heading-1">{title}</h1>
        {children}
      </div>
    </Layout>
  );
}

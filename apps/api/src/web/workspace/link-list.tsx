import type { VNode } from 'preact';

/** A list of links to forms or pages: `[href, label]` each. */
export function LinkList({ links }: { links: readonly (readonly [string, string])[] }): VNode {
  return (
    <ul class="utrecht-link-list utrecht-link-list--html-ul">
      {links.map(([href, label]) => (
        <li class="utrecht-link-list__item">
          <a class="utrecht-link utrecht-link-list__link" href={href}>
            {label}
          </a>
        </li>
      ))}
    </ul>
  );
}

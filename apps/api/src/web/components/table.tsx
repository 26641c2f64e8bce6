import type { ComponentChildren, VNode } from 'preact';

interface TableProps {
  readonly caption: string;
  readonly headers: readonly string[];
  readonly children: ComponentChildren;
  /** Show the caption only to screen readers, when a heading above already says it. */
  readonly captionHidden?: boolean;
}

/** An NL Design System table that scrolls within itself, never the page, on a narrow screen. */
export function Table({ caption, headers, children, captionHidden = false }: TableProps): VNode {
  return (
    <div
      class="utrecht-table-container utrecht-table-container--overflow-inline"
      role="region"
      aria-label={caption}
      tabindex={0}
    >
      <table class="utrecht-table utrecht-table--html-table">
        <caption class={captionHidden ? 'utrecht-table__caption visually-hidden' : 'utrecht-table__caption'}>
          {caption}
        </caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            {headers.map((header) => (
              <th class="utrecht-table__header-cell" scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">{children}</tbody>
      </table>
    </div>
  );
}

export function Cell({ children }: { readonly children?: ComponentChildren }): VNode {
  return <td class="utrecht-table__cell">{children}</td>;
}

export function RowHeader({ children }: { readonly children?: ComponentChildren }): VNode {
  return (
    <th class="utrecht-table__header-cell" scope="row">
      {children}
    </th>
  );
}

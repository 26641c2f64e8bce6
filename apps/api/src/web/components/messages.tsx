import type { ComponentChildren, VNode } from 'preact';

type AlertKind = 'info' | 'ok' | 'warning' | 'error';

/** An NL Design System alert; errors are announced at once to screen readers. */
export function Alert({ kind, children }: { readonly kind: AlertKind; readonly children: ComponentChildren }): VNode {
  return (
    <div class={`utrecht-alert utrecht-alert--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

export function Paragraph({
  children,
  lead = false,
}: {
  readonly children: ComponentChildren;
  readonly lead?: boolean;
}): VNode {
  return <p class={lead ? 'utrecht-paragraph utrecht-paragraph--lead' : 'utrecht-paragraph'}>{children}</p>;
}

/** A definition list of facts, as the NL Design System's data list. */
export function DataList({ items }: { readonly items: readonly (readonly [string, ComponentChildren])[] }): VNode {
  return (
    <dl class="utrecht-data-list utrecht-data-list--rows">
      {items.map(([key, value]) => (
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{key}</dt>
          <dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

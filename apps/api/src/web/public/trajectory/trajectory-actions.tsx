import type { VNode } from 'preact';
import type { PageContext } from '../../page/page-context';

export interface TrajectoryAction {
  readonly href: string;
  readonly label: string;
}

/** Links to the forms the signed-in visitor's role may use on this trajectory. */
export function TrajectoryActions({
  context,
  actions,
}: {
  context: PageContext;
  actions: readonly TrajectoryAction[];
}): VNode | null {
  if (actions.length === 0) return null;
  return (
    <>
      <h2 class="utrecht-heading-2">{context.t.trajectory.actionsHeading}</h2>
      <ul class="utrecht-link-list utrecht-link-list--html-ul">
        {actions.map((action) => (
          <li class="utrecht-link-list__item">
            <a class="utrecht-link utrecht-link-list__link" href={action.href}>
              {action.label}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

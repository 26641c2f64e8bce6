import type { VNode } from 'preact';
import type { PageContext } from '../../page/page-context';

export interface TrajectoryAction {
  readonly href: string;
  readonly label: string;
  /** The step the trajectory waits for now, offered first. */
  readonly next?: boolean;
}

/** Links to the forms the signed-in visitor's role may use on this trajectory, the next step first. */
export function TrajectoryActions({
  context,
  actions,
}: {
  context: PageContext;
  actions: readonly TrajectoryAction[];
}): VNode | null {
  if (actions.length === 0) return null;
  const next = actions.filter((action) => action.next);
  const other = actions.filter((action) => !action.next);
  return (
    <>
      {next.length > 0 ? (
        <>
          <h2 class="utrecht-heading-2">{context.t.forms.nextStep}</h2>
          <ActionList actions={next} />
        </>
      ) : null}
      {other.length > 0 ? (
        <>
          <h2 class="utrecht-heading-2">{context.t.trajectory.actionsHeading}</h2>
          <ActionList actions={other} />
        </>
      ) : null}
    </>
  );
}

function ActionList({ actions }: { actions: readonly TrajectoryAction[] }): VNode {
  return (
    <ul class="utrecht-link-list utrecht-link-list--html-ul">
      {actions.map((action) => (
        <li class="utrecht-link-list__item">
          <a class="utrecht-link utrecht-link-list__link" href={action.href}>
            {action.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

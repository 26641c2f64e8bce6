import type { VNode } from 'preact';
import { mayRunSomeVariant, type OperationId } from '#application';
import { Alert } from '../components/messages';
import type { PageContext } from '../page/page-context';
import { LinkList } from './link-list';

/** A form about the page's subject (a body, an agenda, a pilot). */
export interface SubjectAction {
  readonly operation: OperationId;
  readonly href: string;
  readonly label: string;
  /** The step the subject waits for now, offered first under "Volgende stap". */
  readonly next?: boolean;
}

/** The forms the visitor's role may run on this subject (the role table); the API still decides. */
export function allowedActions(context: PageContext, actions: readonly SubjectAction[]): SubjectAction[] {
  const roles = context.session?.principal.roles ?? [];
  return actions.filter((action) => mayRunSomeVariant(roles, action.operation));
}

/**
 * After a form, "Opgeslagen."; then the step that follows and the other forms about the
 * subject, so the visitor goes on from the page that shows what they just recorded.
 */
export function SubjectActions({
  context,
  actions,
  saved,
}: {
  readonly context: PageContext;
  readonly actions: readonly SubjectAction[];
  readonly saved: boolean;
}): VNode {
  const allowed = allowedActions(context, actions);
  const next = allowed.filter((action) => action.next);
  const other = allowed.filter((action) => !action.next);
  const links = (list: readonly SubjectAction[]): (readonly [string, string])[] =>
    list.map((action) => [action.href, action.label] as const);
  return (
    <>
      {saved ? <Alert kind="ok">{context.t.workspace.saved}</Alert> : null}
      {next.length > 0 ? (
        <div class="no-print">
          <h2 class="utrecht-heading-2">{context.t.forms.nextStep}</h2>
          <LinkList links={links(next)} />
        </div>
      ) : null}
      {other.length > 0 ? (
        <div class="no-print">
          <h2 class="utrecht-heading-2">{context.t.forms.links.heading}</h2>
          <LinkList links={links(other)} />
        </div>
      ) : null}
    </>
  );
}

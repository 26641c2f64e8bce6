import type { VNode } from 'preact';
import { Field } from '../../forms/form-fields';
import type { PageContext } from '../../page/page-context';

/** Which pilot to evaluate: a small GET form, so the choice is a link one can share. */
export function PilotChoice({ context, pilotId }: { context: PageContext; pilotId: string }): VNode {
  const d = context.t.dashboard;
  return (
    <form method="get" action="/evaluatie">
      <Field
        field={{ kind: 'text', name: 'pilot', label: d.pilotId, hint: d.pilotIdHint, required: true }}
        values={{ pilot: pilotId }}
        errors={{}}
        t={context.t}
      />
      <div class="form-actions">
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          {d.show}
        </button>
      </div>
    </form>
  );
}

import type { VNode } from 'preact';
import type { Messages } from '../i18n/messages.nl';

interface FormActionsProps {
  /** What the submit button says: the command, in the visitor's words. */
  readonly submitLabel: string;
  /** Where cancelling goes: the page the form was opened from. */
  readonly backHref: string;
  readonly t: Messages;
}

/** A form's last row: the primary submit button, and a link back that cancels. */
export function FormActions({ submitLabel, backHref, t }: FormActionsProps): VNode {
  return (
    <div class="form-actions">
      <button type="submit" class="utrecht-button utrecht-button--primary-action utrecht-button--submit">
        {submitLabel}
      </button>
      <a class="utrecht-link" href={backHref}>
        {t.forms.cancel}
      </a>
    </div>
  );
}

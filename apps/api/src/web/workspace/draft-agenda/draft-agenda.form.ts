import type { FormDefinition, FormItem } from '../../forms/form-model';
import { commandOf } from '../plain-command';
import { agendaDone } from '../workspace-done';
import type { SignedInContext } from '../workspace-page';

/**
 * DraftParticipationAgenda: the body's agenda for a year. Once drafted, its page offers the
 * first item as the step that follows.
 */
export function draftAgendaForm(context: SignedInContext, bodyId: string): FormDefinition {
  const f = context.t.forms.draftAgenda;
  const items: FormItem[] = [{ kind: 'number', name: 'year', label: f.year, required: true, wire: 'number' }];
  return {
    title: f.title,
    submitLabel: f.submit,
    backHref: `/werkruimte/organen/${bodyId}`,
    items,
    command: commandOf('/participation-agendas', items, { bodyId }),
    doneHref: (answer) => agendaDone(answer.id)(answer),
  };
}

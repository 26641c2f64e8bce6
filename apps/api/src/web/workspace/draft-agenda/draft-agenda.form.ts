import type { FormDefinition, FormItem } from '../../forms/form-model';
import { commandOf } from '../plain-command';
import type { SignedInContext } from '../workspace-page';

/** DraftParticipationAgenda: the body's agenda for a year; its first item is the step that follows. */
export function draftAgendaForm(context: SignedInContext, bodyId: string): FormDefinition {
  const f = context.t.forms.draftAgenda;
  const items: FormItem[] = [{ kind: 'number', name: 'year', label: f.year, required: true, wire: 'number' }];
  return {
    title: f.title,
    submitLabel: f.submit,
    backHref: `/werkruimte/organen/${bodyId}`,
    items,
    command: commandOf('/participation-agendas', items, { bodyId }),
    doneHref: (answer) => `/werkruimte/agenda/${answer.id}/punt?na=${answer.position}`,
  };
}

import type { FormDefinition } from '../../forms/form-model';
import { commandOf } from '../plain-command';
import { agendaDone } from '../workspace-done';
import type { SignedInContext } from '../workspace-page';

/** AgreeParticipationAgenda: one side agrees the agenda as it stands; nothing to fill in. */
export function agreeAgendaForm(context: SignedInContext, agendaId: string): FormDefinition {
  const f = context.t.forms.agreeAgenda;
  return {
    title: f.title,
    intro: f.intro,
    submitLabel: f.submit,
    backHref: `/werkruimte/agenda/${agendaId}`,
    items: [],
    command: commandOf(`/participation-agendas/${agendaId}/_agree`, []),
    doneHref: agendaDone(agendaId),
  };
}

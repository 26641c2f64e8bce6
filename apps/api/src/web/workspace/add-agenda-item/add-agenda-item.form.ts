import { AGENDA_ITEM_SOURCES } from '#domain';
import { allItemsOrNone } from '../../api/all-pages';
import type { ApiClient } from '../../api/api-client';
import type { SignalSummary } from '../../api/api-types';
import type { FormDefinition, FormItem } from '../../forms/form-model';
import { commandOf } from '../plain-command';
import { agendaDone } from '../workspace-done';
import { optionsOf } from '../workspace-options';
import type { SignedInContext } from '../workspace-page';

/**
 * AddAgendaItem: a theme on the yearly agenda, who brought it in, and the signals it comes
 * from. Once recorded, the next item or the agreement is offered.
 */
export async function addAgendaItemForm(
  context: SignedInContext,
  api: ApiClient,
  agendaId: string,
): Promise<FormDefinition> {
  const { t } = context;
  const f = t.forms.addAgendaItem;
  const signals = await allItemsOrNone<SignalSummary>(api, '/signals', { scope: 'collective' });
  const options = signals.map((signal) => ({
    value: signal.id,
    label: `${signal.municipalityCode} · ${signal.themes.join(', ')}`,
  }));
  const items: FormItem[] = [
    { kind: 'text', name: 'theme', label: f.theme, required: true },
    {
      kind: 'radios',
      name: 'source',
      label: f.source,
      required: true,
      options: optionsOf(AGENDA_ITEM_SOURCES, t.forms.choices.agendaItemSource),
    },
    ...(options.length > 0 ? [{ kind: 'checkboxes' as const, name: 'signalIds', label: f.signalIds, options }] : []),
  ];
  return {
    title: f.title,
    submitLabel: f.submit,
    backHref: `/werkruimte/agenda/${agendaId}`,
    items,
    command: commandOf(`/participation-agendas/${agendaId}/items`, items),
    doneHref: agendaDone(agendaId),
  };
}

import { allItemsOrNone } from '../../api/all-pages';
import type { ApiClient } from '../../api/api-client';
import type { SignalSummary } from '../../api/api-types';
import type { FormDefinition, FormItem } from '../../forms/form-model';
import { labelOf } from '../../i18n/labels';
import { formatDate } from '../../page/format';
import { commandOf } from '../plain-command';
import { workspaceListDone } from '../workspace-done';
import type { SignedInContext } from '../workspace-page';

/** ClusterSignals: two or more assessed signals of one municipality become one collective signal. */
export async function clusterSignalsForm(context: SignedInContext, api: ApiClient): Promise<FormDefinition> {
  const { t } = context;
  const f = t.forms.clusterSignals;
  const signals = await allItemsOrNone<SignalSummary>(api, '/signals');
  const options = signals
    .filter((signal) => signal.status !== 'closed')
    .map((signal) => ({
      value: signal.id,
      label: `${signal.municipalityCode} · ${formatDate(t.locale, signal.receivedOn)} · ${labelOf(t.labels.channel, signal.channel)} · ${signal.themes.join(', ')}`,
    }));
  const items: FormItem[] = [
    { kind: 'text', name: 'title', label: f.titleField, required: true },
    { kind: 'checkboxes', name: 'signalIds', label: f.signalIds, hint: f.signalIdsHint, required: true, options },
  ];
  return {
    title: f.title,
    submitLabel: f.submit,
    backHref: '/werkruimte#signalen',
    items,
    command: commandOf('/signal-clusters', items),
    doneHref: workspaceListDone('signalen'),
  };
}

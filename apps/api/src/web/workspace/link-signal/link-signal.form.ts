import { allItemsOrNone } from '../../api/all-pages';
import type { ApiClient } from '../../api/api-client';
import type { SignalSummary } from '../../api/api-types';
import { valueOf, type FormDefinition } from '../../forms/form-model';
import { labelOf } from '../../i18n/labels';
import { formatDate } from '../../page/format';
import { trajectoryDone, trajectoryOf } from '../trajectory-form-context';
import type { SignedInContext } from '../workspace-page';

/** LinkSignal: a collective signal of the same municipality that the advice rests on. */
export async function linkSignalForm(
  context: SignedInContext,
  api: ApiClient,
  trajectoryId: string,
): Promise<FormDefinition> {
  const { t } = context;
  const f = t.forms.linkSignal;
  const chain = await trajectoryOf(api, trajectoryId);
  const signals = await allItemsOrNone<SignalSummary>(api, '/signals', {
    municipalityCode: chain.municipalityCode,
    scope: 'collective',
  });
  const linked = new Set(chain.signals.map((s) => s.signalId));
  const options = signals
    .filter((signal) => !linked.has(signal.id))
    .map((signal) => ({
      value: signal.id,
      label: `${formatDate(t.locale, signal.receivedOn)} · ${labelOf(t.labels.channel, signal.channel)} · ${signal.themes.join(', ')}`,
    }));
  return {
    title: f.title,
    intro: chain.subject,
    submitLabel: f.submit,
    backHref: `/trajecten/${trajectoryId}`,
    items: [{ kind: 'select', name: 'signalId', label: f.signal, required: true, options }],
    command: (values) => ({
      path: `/advice-trajectories/${trajectoryId}/linked-signals`,
      body: { signalId: valueOf(values, 'signalId') },
      fieldOf: () => 'signalId',
    }),
    doneHref: trajectoryDone(trajectoryId),
  };
}

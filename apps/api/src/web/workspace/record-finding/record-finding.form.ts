import { EVALUATION_TOPICS } from '#domain';
import type { FormDefinition, FormItem } from '../../forms/form-model';
import { commandOf } from '../plain-command';
import { pilotDone } from '../workspace-done';
import { optionsOf } from '../workspace-options';
import type { SignedInContext } from '../workspace-page';

/** RecordEvaluationFinding: what the evaluator found beside the yardsticks; shown on the pilot's evaluation. */
export function recordFindingForm(context: SignedInContext, pilotId: string): FormDefinition {
  const { t } = context;
  const f = t.forms.recordFinding;
  const items: FormItem[] = [
    {
      kind: 'select',
      name: 'topic',
      label: f.topic,
      required: true,
      options: optionsOf(EVALUATION_TOPICS, t.labels.evaluationTopic),
    },
    { kind: 'textarea', name: 'finding', label: f.finding, required: true },
    { kind: 'date', name: 'recordedOn', label: f.recordedOn, required: true },
  ];
  return {
    title: f.title,
    submitLabel: f.submit,
    backHref: `/werkruimte/pilots/${pilotId}`,
    items,
    command: commandOf(`/pilots/${pilotId}/findings`, items),
    doneHref: pilotDone(pilotId),
  };
}

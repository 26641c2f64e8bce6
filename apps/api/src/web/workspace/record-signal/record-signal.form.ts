import { SIGNAL_CHANNELS, SIGNAL_DOMAINS } from '#domain';
import { listOf, optional, valueOf, valuesOf, type FormDefinition } from '../../forms/form-model';
import type { ApiClient } from '../../api/api-client';
import { optionsOf, sameName, workspaceOptions } from '../workspace-options';
import type { SignedInContext } from '../workspace-page';
import { feedbackByMailTextOf } from './feedback-by-mail.text';
import { workspaceListDone } from '../workspace-done';

/** RecordSignal: what a resident brought in, by which channel, about what. */
export async function recordSignalForm(context: SignedInContext, api: ApiClient): Promise<FormDefinition> {
  const { t } = context;
  const f = t.forms.recordSignal;
  const mail = feedbackByMailTextOf(t.locale);
  const { municipalities, bodies } = await workspaceOptions(api, context.session);
  return {
    title: f.title,
    submitLabel: f.submit,
    backHref: '/werkruimte',
    items: [
      {
        kind: 'select',
        name: 'municipalityCode',
        label: t.forms.municipality,
        required: true,
        options: municipalities,
      },
      { kind: 'select', name: 'bodyId', label: t.forms.bodyId, required: true, options: bodies },
      {
        kind: 'select',
        name: 'channel',
        label: f.channel,
        required: true,
        options: optionsOf(SIGNAL_CHANNELS, t.labels.channel),
      },
      { kind: 'date', name: 'receivedOn', label: f.receivedOn, required: true },
      { kind: 'text', name: 'themes', label: f.themes, hint: f.themesHint, required: true },
      {
        kind: 'select',
        name: 'domain',
        label: f.domain,
        required: true,
        options: optionsOf(SIGNAL_DOMAINS, t.labels.domain),
      },
      { kind: 'textarea', name: 'summary', label: f.summary, hint: f.summaryHint, required: true },
      { kind: 'text', name: 'area', label: f.area },
      { kind: 'text', name: 'reporterName', label: f.reporterName },
      { kind: 'text', name: 'reporterContact', label: f.reporterContact, hint: mail.contactHint },
      {
        kind: 'checkboxes',
        name: 'feedbackByMail',
        label: mail.label,
        options: [{ value: 'yes', label: mail.option }],
      },
    ],
    command: (values) => {
      const name = valueOf(values, 'reporterName');
      const contact = valueOf(values, 'reporterContact');
      const byMail = valuesOf(values, 'feedbackByMail').includes('yes');
      return {
        path: '/signals',
        body: {
          municipalityCode: valueOf(values, 'municipalityCode'),
          bodyId: valueOf(values, 'bodyId'),
          channel: valueOf(values, 'channel'),
          receivedOn: valueOf(values, 'receivedOn'),
          themes: listOf(values, 'themes'),
          domain: valueOf(values, 'domain'),
          summary: valueOf(values, 'summary'),
          ...optional('area', valueOf(values, 'area')),
          ...(name || contact || byMail
            ? { reporter: { name, ...optional('contact', contact), ...(byMail ? { feedbackByMail: true } : {}) } }
            : {}),
        },
        fieldOf: (apiName) =>
          apiName.startsWith('reporter.contact')
            ? 'reporterContact'
            : apiName.startsWith('reporter.feedbackByMail')
              ? 'feedbackByMail'
              : apiName.startsWith('reporter')
                ? 'reporterName'
                : sameName(
                    'municipalityCode',
                    'bodyId',
                    'channel',
                    'receivedOn',
                    'themes',
                    'domain',
                    'summary',
                    'area',
                  )(apiName),
      };
    },
    doneHref: workspaceListDone('signalen'),
  };
}

import { personal } from '../kit';
import type { RecordSignal, SignalReporter } from './signal.commands';
import type { SignalRecorded } from './signal.events';
import { signalMustNotExistYet } from './signal.rules';
import type { SignalState } from './signal.state';
import {
  feedbackByMailNeedsAContact,
  municipalityMustBeNamedByCode,
  optionalText,
  reporterNeedsAName,
  signalMustHaveBeenReceived,
  signalNeedsASummary,
  signalNeedsThemes,
  targetGroupsMustBeFilledIn,
} from './signal-input.rules';

export function decideRecordSignal(command: RecordSignal, state: SignalState): SignalRecorded[] {
  const { data } = command;
  signalMustNotExistYet(state);
  municipalityMustBeNamedByCode(data.municipalityCode);
  signalMustHaveBeenReceived(data.receivedOn, command.context.now);
  const themes = signalNeedsThemes(data.themes);
  const summary = signalNeedsASummary(data.summary);
  const targetGroups = targetGroupsMustBeFilledIn(data.targetGroups);
  const area = optionalText(data.area);
  const reporter = data.reporter === undefined || data.reporter === null ? undefined : reporterDetails(data.reporter);
  return [
    {
      type: 'SignalRecorded',
      data: {
        signalId: data.signalId,
        bodyId: data.bodyId,
        municipalityCode: data.municipalityCode,
        channel: data.channel,
        receivedOn: data.receivedOn,
        themes,
        domain: data.domain,
        subjectId: data.subjectId,
        summary: personal(data.subjectId, summary),
        ...(area === undefined ? {} : { area }),
        targetGroups,
        ...(reporter === undefined ? {} : { reporter }),
      },
    },
  ];
}

function reporterDetails(reporter: SignalReporter): NonNullable<SignalRecorded['data']['reporter']> {
  const name = reporterNeedsAName(reporter.name);
  const contact = optionalText(reporter.contact);
  const feedbackByMail = feedbackByMailNeedsAContact(reporter.feedbackByMail, contact);
  return personal(reporter.personId, {
    name,
    ...(contact === undefined ? {} : { contact }),
    ...(feedbackByMail ? { feedbackByMail: true as const } : {}),
  });
}

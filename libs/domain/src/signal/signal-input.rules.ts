import { DomainError, ensure, ensureNotInFuture, isLocalDate, MUNICIPALITY_CODE } from '../kit';
import { isSignalScope, type SignalScope } from './signal.values';

export function isFilledIn(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** An optional text without surrounding spaces; left out when it is not filled in. */
export function optionalText(value: unknown): string | undefined {
  return isFilledIn(value) ? value.trim() : undefined;
}

/** Answers the text without surrounding spaces, or refuses it when it is blank. */
export function filledIn(value: unknown, code: string, message: string, field: string): string {
  ensure(isFilledIn(value), () => new DomainError(code, message, 'rule', field));
  return value.trim();
}

export function municipalityMustBeNamedByCode(municipalityCode: string): void {
  ensure(
    typeof municipalityCode === 'string' && MUNICIPALITY_CODE.test(municipalityCode),
    () =>
      new DomainError(
        'SIGNAL.MUNICIPALITY_CODE_INVALID',
        'The municipality is named by its CBS code: GM and four digits.',
        'rule',
        'municipalityCode',
      ),
  );
}

export function signalMustHaveBeenReceived(receivedOn: string, now: string): void {
  ensure(
    typeof receivedOn === 'string' && isLocalDate(receivedOn),
    () =>
      new DomainError(
        'SIGNAL.RECEIVED_ON_INVALID',
        'The date the signal was received must be a calendar date (YYYY-MM-DD).',
        'rule',
        'receivedOn',
      ),
  );
  ensureNotInFuture(receivedOn, now, 'receivedOn', 'SIGNAL.RECEIVED_IN_FUTURE');
}

/** A signal is about one or more themes, each filled in and named once; answers them trimmed. */
export function signalNeedsThemes(themes: readonly string[]): string[] {
  ensure(
    Array.isArray(themes) && themes.length > 0,
    () => new DomainError('SIGNAL.THEMES_MISSING', 'A signal is about one or more themes.', 'rule', 'themes'),
  );
  const trimmed = themes.map((theme, index) =>
    filledIn(theme, 'SIGNAL.THEMES_MISSING', 'Each theme of a signal must be filled in.', `themes[${index}]`),
  );
  trimmed.forEach((theme, index) =>
    ensure(
      trimmed.indexOf(theme) === index,
      () => new DomainError('SIGNAL.THEME_REPEATED', 'Each theme is named once.', 'rule', `themes[${index}]`),
    ),
  );
  return trimmed;
}

/** Target groups are optional; those named are filled in. Answers them trimmed. */
export function targetGroupsMustBeFilledIn(targetGroups: readonly string[] | undefined): string[] {
  if (targetGroups === undefined) return [];
  ensure(
    Array.isArray(targetGroups),
    () => new DomainError('SIGNAL.TARGET_GROUP_MISSING', 'Target groups are given as a list.', 'rule', 'targetGroups'),
  );
  return targetGroups.map((group, index) =>
    filledIn(group, 'SIGNAL.TARGET_GROUP_MISSING', 'Each target group must be filled in.', `targetGroups[${index}]`),
  );
}

export function assessmentNeedsAKnownScope(scope: string): SignalScope {
  ensure(
    isSignalScope(scope),
    () => new DomainError('SIGNAL.SCOPE_INVALID', 'A signal is assessed as individual or collective.', 'rule', 'scope'),
  );
  return scope;
}

/** Whether feedback reached the reporter is always stated ("zorg voor terugkoppeling", seed 003_… condition 2). */
export function closeMustStateWhetherFeedbackWasGiven(feedbackGiven: unknown): asserts feedbackGiven is boolean {
  ensure(
    typeof feedbackGiven === 'boolean',
    () =>
      new DomainError(
        'SIGNAL.FEEDBACK_UNSTATED',
        'Closing a signal records whether feedback reached the reporter: yes or no.',
        'rule',
        'feedbackGiven',
      ),
  );
}

export function signalNeedsASummary(summary: string): string {
  return filledIn(summary, 'SIGNAL.SUMMARY_MISSING', 'A signal needs a summary of what was brought in.', 'summary');
}

export function reporterNeedsAName(name: string): string {
  return filledIn(name, 'SIGNAL.REPORTER_NAME_MISSING', 'A reporter is recorded with a name.', 'reporter.name');
}

export function assessmentNeedsARationale(rationale: string): string {
  return filledIn(
    rationale,
    'SIGNAL.RATIONALE_MISSING',
    'An assessment explains why the signal is individual or collective.',
    'rationale',
  );
}

export function referralNeedsAnOrganisation(referredTo: string): string {
  return filledIn(
    referredTo,
    'SIGNAL.REFERRED_TO_MISSING',
    'A referral names the organisation the signal is referred to.',
    'referredTo',
  );
}

export function closeNeedsAnOutcome(outcome: string): string {
  return filledIn(outcome, 'SIGNAL.OUTCOME_MISSING', 'Closing a signal records its outcome.', 'outcome');
}

/** Feedback by e-mail is a yes or no, and a yes needs an address to write to (`contact`). */
export function feedbackByMailNeedsAContact(feedbackByMail: unknown, contact: string | undefined): boolean {
  if (feedbackByMail === undefined || feedbackByMail === null) return false;
  ensure(
    typeof feedbackByMail === 'boolean',
    () =>
      new DomainError(
        'SIGNAL.FEEDBACK_BY_MAIL_INVALID',
        'Whether the reporter hears by e-mail is a yes or no.',
        'rule',
        'reporter.feedbackByMail',
      ),
  );
  ensure(
    !feedbackByMail || contact !== undefined,
    () =>
      new DomainError(
        'SIGNAL.CONTACT_MISSING',
        'A reporter who wants to hear by e-mail gives an address to write to.',
        'rule',
        'reporter.contact',
      ),
  );
  return feedbackByMail;
}

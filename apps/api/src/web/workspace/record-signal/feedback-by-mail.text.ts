interface FeedbackByMailText {
  readonly label: string;
  readonly option: string;
  readonly contactHint: string;
}

/** The words of the reporter's choice to hear by e-mail (RecordSignal's `reporter.feedbackByMail`). */
export const feedbackByMailText: Readonly<Record<'nl-NL' | 'en-GB', FeedbackByMailText>> = {
  'nl-NL': {
    label: 'Per e-mail op de hoogte houden',
    option: 'De melder wil per e-mail horen wat er met het signaal gebeurt',
    contactHint: 'Een e-mailadres als de melder per e-mail op de hoogte wil blijven.',
  },
  'en-GB': {
    label: 'Keep informed by e-mail',
    option: 'The reporter wants to hear by e-mail what becomes of the signal',
    contactHint: 'An e-mail address if the reporter wants to be kept informed by e-mail.',
  },
};

export function feedbackByMailTextOf(locale: string): FeedbackByMailText {
  return locale === 'en-GB' ? feedbackByMailText['en-GB'] : feedbackByMailText['nl-NL'];
}

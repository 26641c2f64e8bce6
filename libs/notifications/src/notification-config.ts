/** How the notifications run; read from the environment by {@link loadNotificationConfig}. */
export interface NotificationConfig {
  /** `PUBLIC_URL`: where people find the pages; every message links there. */
  readonly publicUrl: string;
  /** `SMTP_URL` (smtp:// or smtps://): deliver there; absent keeps messages for `/werkruimte/berichten`. */
  readonly smtpUrl: string | undefined;
  /** `NOTIFY_FROM`: the sender address of every message. */
  readonly from: string;
  /** `NOTIFY_REMINDER_DAYS_BEFORE`: days before a term ends that the first reminder goes (0 for none). */
  readonly reminderDaysBefore: number;
  /** `NOTIFY_NORM_REMINDER_DAYS_BEFORE`: days before the year ends that a body short of the alderman consultation norm is reminded (0 for none). */
  readonly normReminderDaysBefore: number;
  /** `NOTIFY_TICK_MS`: how often the read models are asked which terms are due. */
  readonly tickMs: number;
}

export const DEFAULT_NOTIFICATIONS: NotificationConfig = {
  publicUrl: 'http://localhost:3000',
  smtpUrl: undefined,
  from: 'Adviesraad <noreply@localhost>',
  reminderDaysBefore: 7,
  normReminderDaysBefore: 30,
  tickMs: 60_000,
};

/** Throws with every offending variable named. */
export function loadNotificationConfig(env: NodeJS.ProcessEnv): NotificationConfig {
  const problems: string[] = [];
  const text = (name: string): string | undefined => env[name]?.trim() || undefined;
  const whole = (name: string, min: number, max: number): number | undefined => {
    const value = text(name);
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got '${value}')`);
    }
    return Number(value);
  };
  const publicUrl = text('PUBLIC_URL');
  if (publicUrl !== undefined && !/^https?:\/\/\S+$/.test(publicUrl)) {
    problems.push(`PUBLIC_URL must be an http:// or https:// URL (got '${publicUrl}')`);
  }
  const smtpUrl = text('SMTP_URL');
  // Not echoed: the URL may hold the SMTP password.
  if (smtpUrl !== undefined && !/^smtps?:\/\/\S+$/.test(smtpUrl))
    problems.push('SMTP_URL must be an smtp:// or smtps:// URL');
  const reminderDaysBefore = whole('NOTIFY_REMINDER_DAYS_BEFORE', 0, 90);
  const normReminderDaysBefore = whole('NOTIFY_NORM_REMINDER_DAYS_BEFORE', 0, 180);
  const tickMs = whole('NOTIFY_TICK_MS', 100, 86_400_000);
  if (problems.length > 0) throw new Error(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return {
    publicUrl: publicUrl ?? DEFAULT_NOTIFICATIONS.publicUrl,
    smtpUrl,
    from: text('NOTIFY_FROM') ?? DEFAULT_NOTIFICATIONS.from,
    reminderDaysBefore: reminderDaysBefore ?? DEFAULT_NOTIFICATIONS.reminderDaysBefore,
    normReminderDaysBefore: normReminderDaysBefore ?? DEFAULT_NOTIFICATIONS.normReminderDaysBefore,
    tickMs: tickMs ?? DEFAULT_NOTIFICATIONS.tickMs,
  };
}

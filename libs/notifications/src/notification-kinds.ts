/** What an event tells the staff who work on a trajectory or a body. */
export const STAFF_EVENT_KINDS = [
  'advice-issued',
  'response-recorded',
  'proposal-attached',
  'council-decided',
  'dispute-raised',
  'dispute-resolved',
] as const;

/** What a reporter who asked to hear back is told about their signal. */
export const RESIDENT_KINDS = ['signal-assessed', 'signal-referred', 'signal-linked', 'signal-closed'] as const;

/** Terms that expire without an event, found in the read models at each tick. */
export const TERMS = ['response', 'advice', 'checkpoint'] as const;
export type Term = (typeof TERMS)[number];

/** A reminder goes some days before a term ends, on its last day, and the day after it passed. */
export const MOMENTS = ['soon', 'due', 'overdue'] as const;
export type Moment = (typeof MOMENTS)[number];

/**
 * The alderman consultation norm (a yearly count, not a date): some days before the year ends
 * while the body is short of it, and after a year that ended short of it.
 */
export const NORM_KINDS = ['consultation-norm-soon', 'consultation-norm-missed'] as const;
export type NormKind = (typeof NORM_KINDS)[number];

export type StaffEventKind = (typeof STAFF_EVENT_KINDS)[number];
export type ResidentKind = (typeof RESIDENT_KINDS)[number];
export type ReminderKind = `${Term}-${Moment}`;
export type NotificationKind = StaffEventKind | ResidentKind | ReminderKind | NormKind | 'weekly-digest';

export type Audience = 'staff' | 'resident';

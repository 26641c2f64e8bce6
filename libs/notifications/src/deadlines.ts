import type { AdviceRegisterDoc } from '#projections';
import type { Moment, Term } from './notification-kinds';

/** A term that expires without an event, and whom its reminders go to. */
export interface OpenTerm {
  readonly term: Term;
  /** Names the term for good: the trajectory, which term, and its date (a new date is a new term). */
  readonly key: string;
  readonly trajectoryId: string;
  readonly dueOn: string;
  readonly subject: string;
  readonly official?: string;
  readonly secretariesOf?: string;
}

/**
 * What {@link openTermsOf} reads of a register row, and no more: the deadline tick reads this
 * much of every open row each minute (`TERM_SOURCE`), not the whole document.
 */
export interface TermSource extends Pick<
  AdviceRegisterDoc,
  | 'trajectoryId'
  | 'subject'
  | 'responsibleOfficial'
  | 'bodyId'
  | 'responseDueOn'
  | 'adviceDueOn'
  | 'respondedOn'
  | 'closed'
  | 'withdrawn'
> {
  readonly advice?: {
    readonly recommendations: readonly { readonly implementation?: { readonly reportedOn: string } }[];
  };
  readonly followUp: readonly { readonly dueOn: string }[];
}

/**
 * The terms still open on a register row: the college's response once advice is issued, the
 * body's advice before it is, and each follow-up checkpoint without a progress report since.
 */
export function openTermsOf(doc: TermSource): OpenTerm[] {
  if (doc.closed || doc.withdrawn) return [];
  const base = {
    trajectoryId: doc.trajectoryId,
    subject: doc.subject,
    ...(doc.responsibleOfficial ? { official: doc.responsibleOfficial } : {}),
  };
  const terms: OpenTerm[] = [];
  if (doc.advice && doc.respondedOn === undefined && doc.responseDueOn) {
    terms.push({
      ...base,
      term: 'response',
      key: `response:${doc.trajectoryId}:${doc.responseDueOn}`,
      dueOn: doc.responseDueOn,
    });
  }
  if (!doc.advice && doc.adviceDueOn) {
    terms.push({
      ...base,
      term: 'advice',
      key: `advice:${doc.trajectoryId}:${doc.adviceDueOn}`,
      dueOn: doc.adviceDueOn,
      secretariesOf: doc.bodyId,
    });
  }
  const reports = (doc.advice?.recommendations ?? []).flatMap((r) =>
    r.implementation ? [r.implementation.reportedOn] : [],
  );
  doc.followUp.forEach((checkpoint, index) => {
    if (reports.some((reportedOn) => reportedOn >= checkpoint.dueOn)) return;
    terms.push({
      ...base,
      term: 'checkpoint',
      key: `checkpoint:${doc.trajectoryId}:${index}:${checkpoint.dueOn}`,
      dueOn: checkpoint.dueOn,
    });
  });
  return terms;
}

/**
 * The latest reminder moment a term has reached on `today`: `daysBefore` days before its date,
 * on the date itself, or the day after it passed. Only the latest is sent, so a process that
 * was down through several moments sends the one that matters now, once.
 */
export function momentOf(dueOn: string, today: string, daysBefore: number): { moment: Moment; day: string } | null {
  const overdueDay = addDays(dueOn, 1);
  if (today >= overdueDay) return { moment: 'overdue', day: overdueDay };
  if (today === dueOn) return { moment: 'due', day: dueOn };
  const soonDay = addDays(dueOn, -daysBefore);
  if (daysBefore > 0 && today >= soonDay) return { moment: 'soon', day: soonDay };
  return null;
}

/** The calendar date in Europe/Amsterdam, where the regulation's terms are counted. */
export function amsterdamDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

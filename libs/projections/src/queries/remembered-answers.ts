import type { ChangeCount } from './read-model-changes';

/** How an answer was found: in memory, computed (and remembered), or computed while no change could be heard. */
export type AnswerOutcome = 'hit' | 'miss' | 'unheard';

export interface RememberedAnswersOptions {
  /** The most answers kept; the least recently used goes first. */
  readonly capacity?: number;
  /** Told of every answer, for the process's metrics. */
  readonly onAnswer?: (outcome: AnswerOutcome) => void;
}

// A kept page of the register holds up to 50 whole documents: 32 answers stay within a few MB of the budget (ADR 17).
const DEFAULT_CAPACITY = 32;

/**
 * Answers of read-model queries, kept until the read models next commit (ADR 52). A query
 * asked again with the same key while no commit was heard gets the answer computed first: the
 * same rows, as no row changed. Askers that come while an answer is being computed wait for
 * that one computation. While changes cannot be heard, nothing is remembered or answered from
 * memory. The answers are shared between askers: they must not change them.
 */
export class RememberedAnswers {
  private readonly answers = new Map<string, Promise<unknown>>();
  private countSeen: number | null = null;
  private readonly capacity: number;

  constructor(
    private readonly changes: ChangeCount,
    private readonly options: RememberedAnswersOptions = {},
  ) {
    this.capacity = options.capacity ?? DEFAULT_CAPACITY;
  }

  answer<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const count = this.changes.current();
    if (count === null) return this.told('unheard', compute());
    if (count !== this.countSeen) {
      // Every answer kept is older than the commit just heard of: let them all go at once.
      this.answers.clear();
      this.countSeen = count;
    }
    const known = this.answers.get(key);
    if (known) {
      this.answers.delete(key);
      this.answers.set(key, known);
      return this.told('hit', known as Promise<T>);
    }
    const value = compute();
    this.keep(key, value);
    // A failure is not an answer: the next asker computes again.
    value.catch(() => {
      if (this.answers.get(key) === value) this.answers.delete(key);
    });
    return this.told('miss', value);
  }

  private keep(key: string, value: Promise<unknown>): void {
    this.answers.set(key, value);
    if (this.answers.size <= this.capacity) return;
    const oldest = this.answers.keys().next();
    if (!oldest.done) this.answers.delete(oldest.value);
  }

  private told<T>(outcome: AnswerOutcome, value: Promise<T>): Promise<T> {
    this.options.onAnswer?.(outcome);
    return value;
  }
}

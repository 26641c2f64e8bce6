import type { ChangeCount } from './read-model-changes';
import { RememberedAnswers, type AnswerOutcome } from './remembered-answers';

/** The read models' commits as a spec decides them: `commit()` is one heard, `lose()` the connection gone. */
class Changes implements ChangeCount {
  private count: number | null = 0;
  current(): number | null {
    return this.count;
  }
  commit(): void {
    this.count = (this.count ?? 0) + 1;
  }
  lose(): void {
    this.count = null;
  }
}

/** A query that answers how often it was asked, and whose asks a spec can count. */
function countingQuery(): { ask: () => Promise<string>; readonly asked: number } {
  let asked = 0;
  return {
    ask: () => {
      asked += 1;
      return Promise.resolve(`answer ${asked}`);
    },
    get asked() {
      return asked;
    },
  };
}

describe('remembering read-model answers until the read models commit', () => {
  let changes: Changes;
  let outcomes: AnswerOutcome[];
  let answers: RememberedAnswers;
  beforeEach(() => {
    changes = new Changes();
    outcomes = [];
    answers = new RememberedAnswers(changes, { capacity: 2, onAnswer: (outcome) => outcomes.push(outcome) });
  });

  it('given an answer computed, when the same request comes before a commit, then it gets that answer', async () => {
    const query = countingQuery();
    expect(await answers.answer('a', query.ask)).toBe('answer 1');
    expect(await answers.answer('a', query.ask)).toBe('answer 1');
    expect(query.asked).toBe(1);
    expect(outcomes).toEqual(['miss', 'hit']);
  });

  it('given an answer computed, when the read models commit, then the next request computes it again', async () => {
    const query = countingQuery();
    await answers.answer('a', query.ask);
    changes.commit();
    expect(await answers.answer('a', query.ask)).toBe('answer 2');
    expect(outcomes).toEqual(['miss', 'miss']);
  });

  it('given two requests, when they differ, then each is computed for itself', async () => {
    const query = countingQuery();
    expect(await answers.answer('a', query.ask)).toBe('answer 1');
    expect(await answers.answer('b', query.ask)).toBe('answer 2');
    expect(await answers.answer('a', query.ask)).toBe('answer 1');
  });

  it('given an answer being computed, when more ask for it, then they all wait for that one computation', async () => {
    let release: (value: string) => void = () => undefined;
    let computed = 0;
    const slow = (): Promise<string> => {
      computed += 1;
      return new Promise((resolve) => (release = resolve));
    };
    const asked = [answers.answer('a', slow), answers.answer('a', slow), answers.answer('a', slow)];
    release('once');
    expect(await Promise.all(asked)).toEqual(['once', 'once', 'once']);
    expect(computed).toBe(1);
  });

  it('given a computation that failed, when the request comes again, then it is computed again', async () => {
    await expect(answers.answer('a', () => Promise.reject(new Error('database gone')))).rejects.toThrow(
      'database gone',
    );
    expect(await answers.answer('a', () => Promise.resolve('back'))).toBe('back');
    expect(outcomes).toEqual(['miss', 'miss']);
  });

  it('given commits cannot be heard, when a request comes, then it is computed every time and nothing is kept', async () => {
    const query = countingQuery();
    changes.lose();
    await answers.answer('a', query.ask);
    await answers.answer('a', query.ask);
    changes.commit();
    expect(await answers.answer('a', query.ask)).toBe('answer 3');
    expect(outcomes).toEqual(['unheard', 'unheard', 'miss']);
  });

  it('given more requests than it may keep, when one more comes, then the least recently asked goes', async () => {
    const query = countingQuery();
    await answers.answer('a', query.ask);
    await answers.answer('b', query.ask);
    await answers.answer('a', query.ask);
    await answers.answer('c', query.ask);
    expect(await answers.answer('a', query.ask)).toBe('answer 1');
    expect(await answers.answer('b', query.ask)).toBe('answer 4');
    expect(outcomes).toEqual(['miss', 'miss', 'hit', 'miss', 'hit', 'miss']);
  });
});

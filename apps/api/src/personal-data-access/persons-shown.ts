/** Keys of a person's data object that say it is not shown: only its id and why not. */
const NOT_SHOWN = new Set(['personId', 'restricted', 'erased']);

/** Whose data one answer shows, and the municipalities of the records that showed it. */
export interface PersonsShown {
  readonly personIds: readonly string[];
  readonly municipalityCodes: readonly string[];
}

/** An answer's persons, walked once: the municipalities their records name, and whether any record named none. */
interface Walked {
  readonly personIds: readonly string[];
  readonly municipalityCodes: ReadonlySet<string>;
  readonly unattributed: boolean;
}

/**
 * Walks of answers that are objects, by the answer: an answer kept until the read models
 * commit (ADR 52) is the same object for every asker, and walking fifty register lines was a
 * sixteenth of a kept search on the API's thread (#19's bench).
 */
const WALKED = new WeakMap<object, Walked>();

/**
 * Every person whose data an answer shows: each object that carries a `personId` and more than
 * the marks `restricted` or `erased` (shared/api-contract.md, "Personal data in answers"). It
 * reads the answer as sent, so a new query that shows personal data is logged without a line
 * of its own. Each is attributed to the nearest enclosing record's `municipalityCode` (or
 * `municipalityCodes`); one with none above it (a body's members) to `fallback`. Answers are
 * never changed once given, so an object's walk is remembered.
 */
export function personsShownIn(answer: unknown, fallback: readonly string[]): PersonsShown {
  let walked = typeof answer === 'object' && answer !== null ? WALKED.get(answer) : undefined;
  if (walked === undefined) {
    walked = walk(answer);
    if (typeof answer === 'object' && answer !== null) WALKED.set(answer, walked);
  }
  const municipalityCodes = new Set(walked.municipalityCodes);
  if (walked.unattributed) for (const code of fallback) municipalityCodes.add(code);
  return { personIds: [...walked.personIds], municipalityCodes: [...municipalityCodes].sort() };
}

function walk(answer: unknown): Walked {
  const personIds = new Set<string>();
  const municipalityCodes = new Set<string>();
  let unattributed = false;
  const visit = (value: unknown, municipalities: readonly string[] | undefined): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, municipalities);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    const own = municipalitiesOf(record) ?? municipalities;
    if (typeof record.personId === 'string' && Object.keys(record).some((key) => !NOT_SHOWN.has(key))) {
      personIds.add(record.personId);
      if (own === undefined) unattributed = true;
      else for (const code of own) municipalityCodes.add(code);
    }
    for (const child of Object.values(record)) visit(child, own);
  };
  visit(answer, undefined);
  return { personIds: [...personIds], municipalityCodes, unattributed };
}

function municipalitiesOf(record: Record<string, unknown>): readonly string[] | undefined {
  if (typeof record.municipalityCode === 'string') return [record.municipalityCode];
  const codes = record.municipalityCodes;
  if (Array.isArray(codes) && codes.length > 0 && codes.every((code) => typeof code === 'string')) return codes;
  return undefined;
}

import { DomainError, MUNICIPALITY_CODE, ensure, ensureNotInFuture, isLocalDate, type LocalDate } from '../kit';

/** The text, trimmed; refused when blank. */
export function textMustNotBeBlank(value: string, field: string, code: string, message: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  ensure(text.length > 0, () => new DomainError(code, message, 'rule', field));
  return text;
}

/** The text, trimmed; a blank or absent text counts as not given. */
export function optionalText(value: string | undefined): string | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  return text.length > 0 ? text : undefined;
}

export function dateMustBeValid(value: string, field: string): LocalDate {
  ensure(
    typeof value === 'string' && isLocalDate(value),
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.DATE_INVALID',
        'A date must be a calendar date written as YYYY-MM-DD.',
        'rule',
        field,
      ),
  );
  return value;
}

/** A date on which something happened: valid, and not after the day the command arrived. */
export function dateMustHavePassed(value: string, now: string, field: string): LocalDate {
  const date = dateMustBeValid(value, field);
  ensureNotInFuture(date, now, field, 'ADVICE_TRAJECTORY.DATE_IN_FUTURE');
  return date;
}

/** Steps of a trajectory follow each other in time: `date` may not lie before `earlier`. */
export function dateMustNotPrecede(date: LocalDate, earlier: LocalDate, field: string, message: string): void {
  ensure(date >= earlier, () => new DomainError('ADVICE_TRAJECTORY.DATE_OUT_OF_ORDER', message, 'rule', field));
}

export function municipalityCodeMustBeValid(code: string): void {
  ensure(
    typeof code === 'string' && MUNICIPALITY_CODE.test(code),
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.MUNICIPALITY_CODE_INVALID',
        'A municipality is identified by its CBS code: GM followed by four digits.',
        'rule',
        'municipalityCode',
      ),
  );
}

/** Whether the list holds one or more items; odd input that is no list holds none. */
export function hasItems(list: readonly unknown[]): boolean {
  return Array.isArray(list) && list.length > 0;
}

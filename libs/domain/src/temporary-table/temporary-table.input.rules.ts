import { DomainError, ensure, isLocalDate, MUNICIPALITY_CODE } from '../kit';
import { isTableGroup, TABLE_GROUPS, type TableGroup } from './temporary-table.values';

export function isFilledIn(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** An optional text without surrounding spaces; left out when it is not filled in. */
export function optionalText(value: unknown): string | undefined {
  return isFilledIn(value) ? value.trim() : undefined;
}

/** Answers the text without surrounding spaces, or refuses it when it is blank. */
function filledIn(value: unknown, code: string, message: string, field: string): string {
  ensure(isFilledIn(value), () => new DomainError(code, message, 'rule', field));
  return value.trim();
}

export function groupMustBeKnown(group: unknown, field: string): asserts group is TableGroup {
  ensure(
    isTableGroup(group),
    () =>
      new DomainError(
        'TEMPORARY_TABLE.GROUP_UNKNOWN',
        `A group at the table is one of: ${TABLE_GROUPS.join(', ')}.`,
        'rule',
        field,
      ),
  );
}

export function municipalityMustBeNamedByCode(municipalityCode: string): void {
  ensure(
    typeof municipalityCode === 'string' && MUNICIPALITY_CODE.test(municipalityCode),
    () =>
      new DomainError(
        'TEMPORARY_TABLE.MUNICIPALITY_CODE_INVALID',
        'The municipality is named by its CBS code: GM and four digits.',
        'rule',
        'municipalityCode',
      ),
  );
}

export const tableNeedsATheme = (theme: string): string =>
  filledIn(theme, 'TEMPORARY_TABLE.THEME_MISSING', 'A temporary table needs a theme.', 'theme');

export const tableNeedsAQuestion = (question: string): string =>
  filledIn(
    question,
    'TEMPORARY_TABLE.QUESTION_MISSING',
    'A temporary table needs the question it works on.',
    'question',
  );

/** A table the body opened, alone or jointly, names that body. */
export function bodyMustBeNamedWhenItInitiated(initiatedBy: string, bodyId: string | undefined): void {
  ensure(
    initiatedBy === 'municipality' || bodyId !== undefined,
    () =>
      new DomainError(
        'TEMPORARY_TABLE.BODY_MISSING',
        'A temporary table the participation body opened, alone or jointly, names that body.',
        'rule',
        'bodyId',
      ),
  );
}

/** One or more expected groups, each known and named once. */
export function expectedGroupsMustBeNamedOnce(expectedGroups: readonly string[]): TableGroup[] {
  ensure(
    Array.isArray(expectedGroups) && expectedGroups.length > 0,
    () =>
      new DomainError(
        'TEMPORARY_TABLE.EXPECTED_GROUPS_MISSING',
        'A temporary table names the groups it expects at the table.',
        'rule',
        'expectedGroups',
      ),
  );
  return expectedGroups.map((group, index) => {
    const field = `expectedGroups[${index}]`;
    groupMustBeKnown(group, field);
    ensure(
      expectedGroups.indexOf(group) === index,
      () =>
        new DomainError('TEMPORARY_TABLE.EXPECTED_GROUP_REPEATED', 'Each expected group is named once.', 'rule', field),
    );
    return group;
  });
}

export function plannedUntilMustBeADate(plannedUntil: string | undefined): void {
  ensure(
    plannedUntil === undefined || (typeof plannedUntil === 'string' && isLocalDate(plannedUntil)),
    () =>
      new DomainError(
        'TEMPORARY_TABLE.PLANNED_UNTIL_INVALID',
        'The date the table is planned to run until must be a calendar date (YYYY-MM-DD).',
        'rule',
        'plannedUntil',
      ),
  );
}

export function perspectiveMustBeAGroup(perspective: string): asserts perspective is TableGroup {
  groupMustBeKnown(perspective, 'perspective');
}

export function participantMustConsent(consent: unknown): void {
  ensure(
    consent === true,
    () =>
      new DomainError(
        'TEMPORARY_TABLE.CONSENT_MISSING',
        'A participant is registered only with their consent.',
        'rule',
        'consent',
      ),
  );
}

export const contributionNeedsASummary = (summary: string): string =>
  filledIn(
    summary,
    'TEMPORARY_TABLE.CONTRIBUTION_SUMMARY_MISSING',
    'A contribution needs a summary of what was brought in.',
    'summary',
  );

export const closingNeedsASummary = (summary: string): string =>
  filledIn(
    summary,
    'TEMPORARY_TABLE.CLOSING_SUMMARY_MISSING',
    'Closing a temporary table needs a summary of what it delivered.',
    'summary',
  );

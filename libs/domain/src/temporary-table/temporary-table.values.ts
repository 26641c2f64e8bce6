/** Who opened the table: the municipality, the participation body itself (seed 001_… 4.2), or both together. */
export const TABLE_INITIATORS = ['municipality', 'body', 'joint'] as const;
export type TableInitiator = (typeof TABLE_INITIATORS)[number];

/** The form the table takes, chosen to fit the question (thematafel, stamtafel, meedenkgroep, …). */
export const TABLE_FORMS = [
  'theme-table',
  'regulars-table',
  'think-along-group',
  'panel',
  'interviews',
  'digital-consultation',
  'living-room-talks',
  'citizens-conference',
  'other',
] as const;
export type TableForm = (typeof TABLE_FORMS)[number];

/**
 * The groups (perspectives) a table hears: client, ervaringsdeskundige (lived experience),
 * informal carer (mantelzorger), resident, young person, professional.
 */
export const TABLE_GROUPS = [
  'client',
  'lived-experience',
  'carer',
  'resident',
  'youth',
  'professional',
  'other',
] as const;
export type TableGroup = (typeof TABLE_GROUPS)[number];

/** What a table delivered when it closed ("een advies, plan of oplossing", seed 002_…). */
export const TABLE_OUTCOMES = ['advice', 'plan', 'solution', 'none'] as const;
export type TableOutcome = (typeof TABLE_OUTCOMES)[number];

/** The perspectives whose contribution counts as the client perspective (seed 001_… "De plek van cliënten"). */
export const CLIENT_PERSPECTIVES: readonly TableGroup[] = ['client', 'lived-experience'];

export function isTableGroup(value: unknown): value is TableGroup {
  return (TABLE_GROUPS as readonly unknown[]).includes(value);
}

/** Why an expected group was not at the table, per group ("welke groepen niet", seed 003, condition 9). */
export type MissingGroupReasons = Partial<Record<TableGroup, string>>;

/** Number of people of each group at a session; groups that were not there may be left out. */
export type Attendance = Partial<Record<TableGroup, number>>;

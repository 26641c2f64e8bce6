import type { TemporaryTableState } from './temporary-table.state';
import type { TableGroup } from './temporary-table.values';

/** Which groups were expected at the table, which were there, and which expected groups were not. */
export interface Representativeness {
  readonly expected: readonly TableGroup[];
  readonly present: readonly TableGroup[];
  readonly missing: readonly TableGroup[];
}

/**
 * "Hou voor ogen welke groepen aan tafel zijn vertegenwoordigd en welke niet" (seed 003_…,
 * condition 9): expected groups as the table was opened, present groups as recorded so far
 * (including groups that came without being expected), and the expected groups still missing.
 */
export function representativeness(state: TemporaryTableState): Representativeness {
  if (state.status === 'none') return { expected: [], present: [], missing: [] };
  const { expectedGroups, presentGroups } = state;
  return {
    expected: [...expectedGroups],
    present: [...presentGroups],
    missing: expectedGroups.filter((group) => !presentGroups.includes(group)),
  };
}

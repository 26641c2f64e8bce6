import type { ParticipationBodyState } from '#domain';

/**
 * A body's later commands act in the municipalities it serves. A body not yet established
 * names none, which leaves the refusal (404) to the decider.
 */
export function municipalitiesOfBody(state: ParticipationBodyState): readonly string[] {
  return state.status === 'none' ? [] : state.municipalityCodes;
}

import {
  DomainError,
  isOngoing,
  signalDecider,
  signalStreamId,
  temporaryTableDecider,
  temporaryTableStreamId,
  type AdviceTrajectoryState,
} from '#domain';
import type { RuleStreams } from '../commands/rule-streams';

/** A trajectory acts in the municipality it was started for; a missing one names none. */
export function trajectoryMunicipalities(state: AdviceTrajectoryState): string[] {
  return state.status === 'none' ? [] : [state.municipalityCode];
}

/**
 * Advice rests only on signals the body weighed as structural ("geen klachtenloket", seed 000),
 * gathered in the trajectory's own municipality. An ended trajectory is left to the decider.
 */
export async function linkedSignalMustSupportAdvice(
  streams: RuleStreams,
  state: AdviceTrajectoryState,
  signalId: string,
): Promise<void> {
  if (!isOngoing(state)) return;
  const { state: signal } = await streams.load(signalStreamId(signalId), signalDecider);
  if (signal.status === 'none') {
    throw new DomainError('SIGNAL.UNKNOWN', `There is no signal ${signalId}.`, 'rule', 'signalId');
  }
  if (signal.municipalityCode !== state.municipalityCode) {
    throw new DomainError(
      'ADVICE_TRAJECTORY.SIGNAL_IN_OTHER_MUNICIPALITY',
      `The signal was recorded for municipality ${signal.municipalityCode}, not for ${state.municipalityCode} where this advice is given.`,
      'rule',
      'signalId',
    );
  }
  if (signal.status === 'recorded' || signal.scope !== 'collective') {
    throw new DomainError(
      'ADVICE_TRAJECTORY.SIGNAL_NOT_COLLECTIVE',
      'Only a signal assessed as collective can support advice.',
      'rule',
      'signalId',
    );
  }
}

/** Advice rests only on temporary tables held in the trajectory's own municipality. */
export async function linkedTableMustBeInMunicipality(
  streams: RuleStreams,
  state: AdviceTrajectoryState,
  tableId: string,
): Promise<void> {
  if (!isOngoing(state)) return;
  const { state: table } = await streams.load(temporaryTableStreamId(tableId), temporaryTableDecider);
  if (table.status === 'none') {
    throw new DomainError('TEMPORARY_TABLE.UNKNOWN', `There is no temporary table ${tableId}.`, 'rule', 'tableId');
  }
  if (table.municipalityCode !== state.municipalityCode) {
    throw new DomainError(
      'ADVICE_TRAJECTORY.TABLE_IN_OTHER_MUNICIPALITY',
      `The temporary table was held in municipality ${table.municipalityCode}, not in ${state.municipalityCode} where this advice is given.`,
      'rule',
      'tableId',
    );
  }
}

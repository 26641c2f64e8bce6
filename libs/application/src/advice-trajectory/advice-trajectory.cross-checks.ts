import {
  addressedMunicipalitiesMustBeServedByTheBody,
  addressedMunicipalitiesMustIncludeTheOwn,
  DomainError,
  evidenceMustComeFromAnAddressedMunicipality,
  isOngoing,
  municipalityDecider,
  municipalityStreamId,
  regulationOf,
  temporaryTableDecider,
  temporaryTableStreamId,
  type AdviceTrajectoryState,
  type StartAdviceTrajectory,
} from '#domain';
import type { RuleStreams } from '../commands/rule-streams';
import { bodyMustServe, referencedBody } from '../participation-body/participation-body.cross-checks';
import { signalOrCollectiveSignal } from '../signal/signal.cross-checks';

/**
 * A trajectory acts in every municipality it is addressed to (its own among them): whoever acts
 * for one of them may take it further (seed 001, 4.3). A missing one names none.
 */
export function trajectoryMunicipalities(state: AdviceTrajectoryState): readonly string[] {
  return state.status === 'none' ? [] : state.addressedTo;
}

/**
 * A college answers and a council decides for its own municipality only: the one the command
 * names, or, when it names none, any addressed (the decider asks for a name when several are).
 */
export function collegeMunicipalities(
  data: { readonly municipalityCode?: string },
  state: AdviceTrajectoryState,
): readonly string[] {
  if (state.status === 'none') return [];
  return data.municipalityCode === undefined ? state.addressedTo : [data.municipalityCode];
}

/** The municipalities a new trajectory is addressed to; every one is served by its body. */
export async function addressedMunicipalitiesMustBeServed(
  streams: RuleStreams,
  data: StartAdviceTrajectory['data'],
): Promise<void> {
  const body = await referencedBody(streams, data.bodyId, 'bodyId');
  const addressedTo = addressedMunicipalitiesMustIncludeTheOwn(data.municipalityCode, data.addressedTo);
  bodyMustServe(body, data.municipalityCode, 'bodyId');
  addressedMunicipalitiesMustBeServedByTheBody(addressedTo, body.municipalityCodes);
}

/**
 * Advice rests only on signals the body weighed as structural ("geen klachtenloket", seed 000),
 * or on a collective signal made of several (seed 000, 3), gathered in a municipality the advice
 * is addressed to. An ended trajectory is left to the decider.
 */
export async function linkedSignalMustSupportAdvice(
  streams: RuleStreams,
  state: AdviceTrajectoryState,
  signalId: string,
): Promise<void> {
  if (!isOngoing(state)) return;
  const named = await signalOrCollectiveSignal(streams, signalId);
  if (named === undefined) {
    throw new DomainError('SIGNAL.UNKNOWN', `There is no signal ${signalId}.`, 'rule', 'signalId');
  }
  evidenceMustComeFromAnAddressedMunicipality(state, named.municipalityCode, 'signalId');
  if (named.collective) return;
  const { signal } = named;
  if (signal.status === 'recorded' || signal.scope !== 'collective') {
    throw new DomainError(
      'ADVICE_TRAJECTORY.SIGNAL_NOT_COLLECTIVE',
      'Only a signal assessed as collective can support advice.',
      'rule',
      'signalId',
    );
  }
}

/** Advice rests only on temporary tables held in a municipality the advice is addressed to. */
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
  evidenceMustComeFromAnAddressedMunicipality(state, table.municipalityCode, 'tableId');
}

/**
 * The college's response term in the trajectory's own municipality's regulation (seed 004:
 * "the local regulation sets the clock"), or the default when it set none.
 */
export async function responseTermOf(streams: RuleStreams, state: AdviceTrajectoryState): Promise<number | undefined> {
  if (state.status === 'none') return undefined;
  const { state: municipality } = await streams.load(municipalityStreamId(state.municipalityCode), municipalityDecider);
  return regulationOf(municipality).responseTermDays;
}

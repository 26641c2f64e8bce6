import {
  clusterHoldsSignal,
  DomainError,
  isCollectiveSignal,
  signalClusterDecider,
  signalClusterStreamId,
  signalDecider,
  signalStreamId,
  type CommandContext,
  type RecordedSignal,
  type SignalState,
} from '#domain';
import type { RuleStreams } from '../commands/rule-streams';
import { flexibleShellOnlyRecordsSignals } from '../participation-body/body-membership';

/** A signal acts in the municipality it was recorded for; a missing one names none. */
export function signalMunicipalities(state: SignalState): string[] {
  return state.status === 'none' ? [] : [state.municipalityCode];
}

/** The signal a command refers to; refused in the command's words when unknown. */
export async function referencedSignal(streams: RuleStreams, signalId: string, field: string): Promise<RecordedSignal> {
  const { state } = await streams.load(signalStreamId(signalId), signalDecider);
  if (state.status === 'none') {
    throw new DomainError('SIGNAL.UNKNOWN', `There is no signal ${signalId}.`, 'rule', field);
  }
  return state;
}

/**
 * What an id that advice or an agenda item rests on names: a single signal, or a collective
 * signal (a cluster made by ClusterSignals, seed 000, 3), each with the municipality it was
 * gathered in; none when it names neither. A single signal is looked for first.
 */
export type SignalOrCollectiveSignal =
  | { readonly collective: false; readonly municipalityCode: string; readonly signal: RecordedSignal }
  | { readonly collective: true; readonly municipalityCode: string };

export async function signalOrCollectiveSignal(
  streams: RuleStreams,
  id: string,
): Promise<SignalOrCollectiveSignal | undefined> {
  const { state: signal } = await streams.load(signalStreamId(id), signalDecider);
  if (signal.status !== 'none') return { collective: false, municipalityCode: signal.municipalityCode, signal };
  const { state: cluster } = await streams.load(signalClusterStreamId(id), signalClusterDecider);
  return isCollectiveSignal(cluster) ? { collective: true, municipalityCode: cluster.municipalityCode } : undefined;
}

/**
 * The municipality a cluster of signals belongs to: that of its first signal. The contract
 * leaves it out of ClusterSignals, because the signals already say where they were gathered.
 */
export async function clusterMunicipality(streams: RuleStreams, signalIds: readonly string[]): Promise<string> {
  const [first] = signalIds;
  if (first === undefined) return '';
  return (await referencedSignal(streams, first, 'signalIds[0]')).municipalityCode;
}

/** A collective signal joins signals gathered in one municipality, each of them recorded. */
export async function clusteredSignalsMustBeIn(
  streams: RuleStreams,
  signalIds: readonly string[],
  municipalityCode: string,
): Promise<void> {
  for (const [index, signalId] of signalIds.entries()) {
    const field = `signalIds[${index}]`;
    const signal = await referencedSignal(streams, signalId, field);
    if (signal.municipalityCode !== municipalityCode) {
      throw new DomainError(
        'SIGNAL_CLUSTER.SIGNAL_IN_OTHER_MUNICIPALITY',
        `Signal ${signalId} was recorded for municipality ${signal.municipalityCode}, not for ${municipalityCode}; a cluster joins signals of one municipality.`,
        'rule',
        field,
      );
    }
  }
}

/** A signal's later commands are the body's work: a member of its flexible shell only records signals. */
export function flexibleShellMayNotHandleSignal(
  state: SignalState,
  streams: RuleStreams,
  actor: CommandContext['actor'],
): Promise<void> {
  return flexibleShellOnlyRecordsSignals(streams, state.status === 'none' ? undefined : state.bodyId, actor);
}

/**
 * A signal closes as clustered only as part of the collective signal it names (seed 000, 3),
 * checked against the cluster's stream as stored.
 */
export async function clusterMustHoldSignal(streams: RuleStreams, clusterId: string, signalId: string): Promise<void> {
  const { state } = await streams.load(signalClusterStreamId(clusterId), signalClusterDecider);
  if (state.status === 'none') {
    throw new DomainError('SIGNAL_CLUSTER.UNKNOWN', `There is no collective signal ${clusterId}.`, 'rule', 'clusterId');
  }
  if (!clusterHoldsSignal(state, signalId)) {
    throw new DomainError(
      'SIGNAL.NOT_CLUSTERED',
      `The collective signal "${state.title}" does not hold this signal, so it cannot close as part of it.`,
      'conflict',
      'clusterId',
    );
  }
}

import { DomainError, type EstablishedParticipationBody, type ParticipationAgendaState } from '#domain';
import type { RuleStreams } from '../commands/rule-streams';
import { referencedBody } from '../participation-body/participation-body.cross-checks';
import { signalOrCollectiveSignal } from '../signal/signal.cross-checks';

export type DraftedAgenda = Extract<ParticipationAgendaState, { status: 'drafted' }>;

/** The body whose agenda this is, as its stream holds it now. */
export function bodyOfAgenda(streams: RuleStreams, agenda: DraftedAgenda): Promise<EstablishedParticipationBody> {
  return referencedBody(streams, agenda.bodyId, 'agendaId');
}

/**
 * Every signal an item rests on has been recorded, in a municipality the agenda's body
 * serves: a body puts on its agenda what residents raised where it works. A collective signal
 * (a cluster made by ClusterSignals) counts as a signal (seed 000, 3), in the municipality of
 * its signals.
 */
export async function signalsMustLieWhereTheBodyServes(
  streams: RuleStreams,
  signalIds: readonly string[],
  body: EstablishedParticipationBody,
): Promise<void> {
  for (const [index, signalId] of signalIds.entries()) {
    const field = `signalIds[${index}]`;
    const municipalityCode = (await signalOrCollectiveSignal(streams, signalId))?.municipalityCode;
    if (municipalityCode === undefined) {
      throw new DomainError('SIGNAL.UNKNOWN', `There is no signal or collective signal ${signalId}.`, 'rule', field);
    }
    if (!body.municipalityCodes.includes(municipalityCode)) {
      throw new DomainError(
        'PARTICIPATION_AGENDA.SIGNAL_OUTSIDE_BODY_MUNICIPALITIES',
        `Signal ${signalId} was received in municipality ${municipalityCode}, which participation body ${body.name} does not serve.`,
        'rule',
        field,
      );
    }
  }
}

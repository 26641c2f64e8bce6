import {
  DomainError,
  signalDecider,
  signalStreamId,
  type EstablishedParticipationBody,
  type ParticipationAgendaState,
} from '#domain';
import type { RuleStreams } from '../commands/rule-streams';
import { referencedBody } from '../participation-body/participation-body.cross-checks';

export type DraftedAgenda = Extract<ParticipationAgendaState, { status: 'drafted' }>;

/** The body whose agenda this is, as its stream holds it now. */
export function bodyOfAgenda(streams: RuleStreams, agenda: DraftedAgenda): Promise<EstablishedParticipationBody> {
  return referencedBody(streams, agenda.bodyId, 'agendaId');
}

/**
 * Every signal an item rests on has been recorded, in a municipality the agenda's body
 * serves: a body puts on its agenda what residents raised where it works.
 */
export async function signalsMustLieWhereTheBodyServes(
  streams: RuleStreams,
  signalIds: readonly string[],
  body: EstablishedParticipationBody,
): Promise<void> {
  for (const [index, signalId] of signalIds.entries()) {
    const field = `signalIds[${index}]`;
    const { state } = await streams.load(signalStreamId(signalId), signalDecider);
    if (state.status === 'none') {
      throw new DomainError('SIGNAL.UNKNOWN', `There is no signal ${signalId}.`, 'rule', field);
    }
    if (!body.municipalityCodes.includes(state.municipalityCode)) {
      throw new DomainError(
        'PARTICIPATION_AGENDA.SIGNAL_OUTSIDE_BODY_MUNICIPALITIES',
        `Signal ${signalId} was received in municipality ${state.municipalityCode}, which participation body ${body.name} does not serve.`,
        'rule',
        field,
      );
    }
  }
}

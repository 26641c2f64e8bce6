import {
  DomainError,
  participationBodyDecider,
  participationBodyStreamId,
  type EstablishedParticipationBody,
} from '#domain';
import type { RuleStreams } from '../commands/rule-streams';

/** The participation body a command refers to; refused in the command's words when unknown. */
export async function referencedBody(
  streams: RuleStreams,
  bodyId: string,
  field: string,
): Promise<EstablishedParticipationBody> {
  const { state } = await streams.load(participationBodyStreamId(bodyId), participationBodyDecider);
  if (state.status === 'none') {
    throw new DomainError('PARTICIPATION_BODY.UNKNOWN', `There is no participation body ${bodyId}.`, 'rule', field);
  }
  return state;
}

export function bodyMustServe(body: EstablishedParticipationBody, municipalityCode: string, field: string): void {
  if (!body.municipalityCodes.includes(municipalityCode)) {
    throw new DomainError(
      'PARTICIPATION_BODY.DOES_NOT_SERVE_MUNICIPALITY',
      `Participation body ${body.name} does not serve municipality ${municipalityCode}.`,
      'rule',
      field,
    );
  }
}

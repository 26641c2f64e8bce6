import {
  DomainError,
  municipalityDecider,
  municipalityStreamId,
  participationBodyDecider,
  participationBodyStreamId,
  type EstablishedParticipationBody,
} from '#domain';
import type { RuleStreams } from './commands/rule-streams';

/**
 * Rules across streams, read from the streams as stored (never from a read model), so a
 * command is judged on exactly what has been recorded. They are read with personal data
 * withheld (erased in the state they fold to): no rule may depend on it.
 */
export async function registeredMunicipalitiesMustExist(
  streams: RuleStreams,
  codes: readonly string[],
  field: string,
): Promise<void> {
  for (const [index, code] of codes.entries()) {
    const { revision } = await streams.load(municipalityStreamId(code), municipalityDecider);
    if (revision === null) {
      throw new DomainError(
        'MUNICIPALITY.NOT_REGISTERED',
        `Municipality ${code} is not registered yet; register it first.`,
        'rule',
        codes.length > 1 ? `${field}[${index}]` : field,
      );
    }
  }
}

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

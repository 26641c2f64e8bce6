import { DomainError, municipalityDecider, municipalityStreamId } from '#domain';
import type { RuleStreams } from '../commands/rule-streams';

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

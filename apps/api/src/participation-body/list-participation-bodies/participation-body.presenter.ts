import type { BodyRegisterDoc } from '#projections';
import type { ParticipationBodyDto } from './list-participation-bodies.response.dto';

/** A body as every reader may see it: nothing about its members. */
export function presentBody(doc: BodyRegisterDoc): ParticipationBodyDto {
  const { bodyId, name, kind, municipalityCodes, domains, establishedAt } = doc;
  return { id: bodyId, name, kind, municipalityCodes: [...municipalityCodes], domains: [...domains], establishedAt };
}

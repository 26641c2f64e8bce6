import type { MunicipalityRegisterDoc } from '#projections';
import type { MunicipalityDto } from './list-municipalities.response.dto';

/** A municipality register row with the bodies that serve it. */
export function presentMunicipality(doc: MunicipalityRegisterDoc): MunicipalityDto {
  return {
    code: doc.municipalityCode,
    name: doc.name,
    bodies: doc.bodies.map(({ bodyId, name, kind }) => ({ bodyId, name, kind })),
    registeredAt: doc.registeredAt,
  };
}

import type { BodyRegisterDoc, PilotRegisterDoc } from '#projections';
import type { PilotSummaryDto } from './list-pilots.response.dto';

/** A pilot with the bodies it covers (as the body register knows them) and what it holds. */
export function presentPilot(pilot: PilotRegisterDoc, bodies: readonly BodyRegisterDoc[]): PilotSummaryDto {
  const own = bodies.filter((body) => pilot.bodyIds.includes(body.bodyId));
  return {
    id: pilot.pilotId,
    name: pilot.name,
    startsOn: pilot.startsOn,
    endsOn: pilot.endsOn,
    bodies: own.map(({ bodyId, name, municipalityCodes }) => ({
      bodyId,
      name,
      municipalityCodes: [...municipalityCodes],
    })),
    municipalityCodes: [...new Set(own.flatMap((body) => body.municipalityCodes))].sort(),
    criteriaCount: pilot.criteria.length,
    findingsCount: pilot.findings.length,
  };
}

import type { Principal } from '#application';
import { bodyIdsServing, findBodies, type ReadModels } from '#projections';

/**
 * Whether a body member's login is tied to a current membership: a body serving one of their
 * municipalities lists them, by `subject` (AppointMember's `subject`), without an end date.
 */
export async function isCurrentBodyMember(readModels: ReadModels, principal: Principal): Promise<boolean> {
  const bodyIds = await bodyIdsServing(readModels, principal.municipalities);
  const bodies = await findBodies(readModels, bodyIds);
  return bodies.some((body) =>
    body.members.some((member) => member.subject === principal.id && member.endedAt === undefined),
  );
}

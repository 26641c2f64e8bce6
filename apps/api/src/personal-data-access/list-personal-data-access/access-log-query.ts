import { ForbiddenCommandError, type Principal } from '#application';
import type { PersonalDataAccessQuery } from '#privacy';
import { municipalitiesToRead, type Caller } from '../../read-models/viewer';
import type { ListPersonalDataAccessQueryDto } from './list-personal-data-access.query.dto';

/** Who supervises the showing of personal data: the admin, and the data protection officer. */
const MAY_READ_THE_ACCESS_LOG = new Set(['admin', 'data-protection-officer']);

export function ensureMayReadAccessLog(principal: Principal): void {
  if (!principal.roles.some((role) => MAY_READ_THE_ACCESS_LOG.has(role))) {
    throw new ForbiddenCommandError('Only an admin or the data protection officer may read who saw personal data.');
  }
}

/** The accesses asked for, within the municipalities the caller acts for (403 for another's). */
export function accessLogQuery(query: ListPersonalDataAccessQueryDto, caller: Caller): PersonalDataAccessQuery {
  const municipalities = municipalitiesToRead(caller, query.municipalityCode);
  return {
    ...(query.personId === undefined ? {} : { personId: query.personId }),
    municipalities,
    ...query.page,
  };
}

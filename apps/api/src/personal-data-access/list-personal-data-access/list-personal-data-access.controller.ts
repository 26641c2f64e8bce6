import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ForbiddenCommandError } from '#application';
import type { PersonalDataAccessLog } from '#privacy';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { CallerParam, municipalitiesToRead, type Caller } from '../../read-models/viewer';
import { ShowsNoPersonalData } from '../personal-data-access.interceptor';
import { PERSONAL_DATA_ACCESS_LOG } from '../personal-data-access.tokens';
import { ListPersonalDataAccessQueryDto } from './list-personal-data-access.query.dto';
import { PersonalDataAccessListDto } from './personal-data-access.response.dto';

/** Who supervises the showing of personal data: the admin, and the data protection officer. */
const MAY_READ_THE_ACCESS_LOG = new Set(['admin', 'data-protection-officer']);

@ApiTags('persons')
@Controller('personal-data-access')
export class ListPersonalDataAccessController {
  constructor(@Inject(PERSONAL_DATA_ACCESS_LOG) private readonly log: PersonalDataAccessLog) {}

  /**
   * The log is written as each answer is sent, not projected from events: `minPosition` is
   * accepted and always met.
   */
  @Get()
  @ShowsNoPersonalData()
  @QueryOperation({
    operationId: 'ListPersonalDataAccess',
    summary:
      "Who was shown a person's personal data, when and in which role, newest first (admin and data protection officer)",
    type: PersonalDataAccessListDto,
  })
  async listPersonalDataAccess(
    @Query() query: ListPersonalDataAccessQueryDto,
    @CallerParam() caller: Caller,
  ): Promise<PersonalDataAccessListDto> {
    if (!caller.principal.roles.some((role) => MAY_READ_THE_ACCESS_LOG.has(role))) {
      throw new ForbiddenCommandError('Only an admin or the data protection officer may read who saw personal data.');
    }
    const municipalities = municipalitiesToRead(caller, query.municipalityCode);
    const page = await this.log.list({
      ...(query.personId === undefined ? {} : { personId: query.personId }),
      municipalities,
      ...query.page,
    });
    return {
      ...page,
      items: page.items.map((access) => ({
        ...access,
        actor: { ...access.actor },
        municipalityCodes: [...access.municipalityCodes],
      })),
    };
  }
}

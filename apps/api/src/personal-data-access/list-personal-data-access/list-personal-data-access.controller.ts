import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { PersonalDataAccessLog } from '#privacy';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { CallerParam, type Caller } from '../../read-models/viewer';
import { ShowsNoPersonalData } from '../personal-data-access.interceptor';
import { PERSONAL_DATA_ACCESS_LOG } from '../personal-data-access.tokens';
import { accessLogQuery, ensureMayReadAccessLog } from './access-log-query';
import { ListPersonalDataAccessQueryDto } from './list-personal-data-access.query.dto';
import { presentAccessPage } from './personal-data-access.presenter';
import { PersonalDataAccessListDto } from './personal-data-access.response.dto';

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
    ensureMayReadAccessLog(caller.principal);
    return presentAccessPage(await this.log.list(accessLogQuery(query, caller)));
  }
}

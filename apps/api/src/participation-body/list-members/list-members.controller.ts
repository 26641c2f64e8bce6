import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { pageOf, type ReadModels } from '#projections';
import type { Storage } from '#runtime';
import { PageQueryDto } from '../../http/query.dto';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { CallerParam, type Caller } from '../../read-models/viewer';
import { STORAGE } from '../../storage.tokens';
import { ApiBodyId, BodyId } from '../body-params';
import { readableBody } from '../readable-body';
import { MemberListDto } from './list-members.response.dto';
import { presentMembersTo } from './member.presenter';

@ApiTags('participation-bodies')
@Controller('participation-bodies')
export class ListMembersController {
  constructor(
    @Inject(READ_MODELS) private readonly readModels: ReadModels,
    @Inject(STORAGE) private readonly storage: Storage,
  ) {}

  @Get(':bodyId/members')
  @ApiBodyId()
  @QueryOperation({
    operationId: 'ListMembers',
    summary: "The body's members, former ones included",
    type: MemberListDto,
  })
  async listMembers(
    @BodyId() bodyId: string,
    @Query() query: PageQueryDto,
    @CallerParam() caller: Caller,
  ): Promise<MemberListDto> {
    const body = await readableBody(this.readModels, caller, bodyId, query.minPosition);
    const page = pageOf(body.members, query.page);
    return { bodyId, ...page, items: await presentMembersTo(this.storage.personKeys, caller.principal, page.items) };
  }
}

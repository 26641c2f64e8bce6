import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { followingOf, proposalTopicId } from '#notifications';
import type { Storage } from '#runtime';
import { ApiProposalRef, ProposalRef } from '../../advice-trajectory/get-council-proposal-report/proposal-ref.param';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { CallerParam, municipalitiesToRead, type Caller } from '../../read-models/viewer';
import { STORAGE } from '../../storage.tokens';
import { GetCouncilProposalFollowingQueryDto } from './get-following.query.dto';
import { CouncilProposalFollowingListDto, presentFollowing } from './get-following.response.dto';

/** A reference names one proposal per municipality: the answer says, for each of yours, whether you follow it. */
@ApiTags('council-proposals')
@Controller('council-proposals/:proposalRef/following')
export class GetCouncilProposalFollowingController {
  constructor(@Inject(STORAGE) private readonly storage: Storage) {}

  @Get()
  @ApiProposalRef()
  @QueryOperation({
    operationId: 'GetCouncilProposalFollowing',
    summary: 'Whether you follow the council proposal of this reference, per municipality of yours',
    type: CouncilProposalFollowingListDto,
  })
  async getCouncilProposalFollowing(
    @ProposalRef() proposalRef: string,
    @Query() { municipalityCode }: GetCouncilProposalFollowingQueryDto,
    @CallerParam() caller: Caller,
  ): Promise<CouncilProposalFollowingListDto> {
    const municipalities = municipalitiesToRead(caller, municipalityCode);
    const topics = municipalities.map((code) => ({
      kind: 'proposal' as const,
      id: proposalTopicId(code, proposalRef),
    }));
    const states = await followingOf(this.storage.database, { subject: caller.principal.id, topics });
    return {
      items: states.map((state, at) => ({ municipalityCode: municipalities[at] ?? '', ...presentFollowing(state) })),
    };
  }
}

import { Controller, Delete, Inject, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Follows, proposalTopicId, type Topic } from '#notifications';
import type { Storage } from '#runtime';
import { ApiProposalRef, ProposalRef } from '../../advice-trajectory/get-council-proposal-report/proposal-ref.param';
import { CallerParam, ensureMayRead, type Caller } from '../../read-models/viewer';
import { STORAGE } from '../../storage.tokens';
import { CouncilProposalFollowingQueryDto } from './council-proposal-following.query.dto';
import { FollowingOperation } from './following.decorator';

/**
 * Anyone signed in may hear by mail of each advice attached to a council proposal of their
 * municipality, and of the council's decision; a proposal may be followed before any advice names it.
 */
@ApiTags('council-proposals')
@Controller('council-proposals/:proposalRef/following')
export class CouncilProposalFollowingController {
  constructor(@Inject(STORAGE) private readonly storage: Storage) {}

  @Put()
  @ApiProposalRef()
  @FollowingOperation('FollowCouncilProposal', 'Mail me of each advice on, and the decision about, this proposal')
  async follow(
    @ProposalRef() proposalRef: string,
    @Query() { municipalityCode }: CouncilProposalFollowingQueryDto,
    @CallerParam() caller: Caller,
  ): Promise<void> {
    await new Follows(this.storage.database).follow(
      caller.principal.id,
      topicOf(proposalRef, municipalityCode, caller),
    );
  }

  @Delete()
  @ApiProposalRef()
  @FollowingOperation('UnfollowCouncilProposal', 'No longer mail me of this council proposal')
  async unfollow(
    @ProposalRef() proposalRef: string,
    @Query() { municipalityCode }: CouncilProposalFollowingQueryDto,
    @CallerParam() caller: Caller,
  ): Promise<void> {
    await new Follows(this.storage.database).unfollow(
      caller.principal.id,
      topicOf(proposalRef, municipalityCode, caller),
    );
  }
}

function topicOf(proposalRef: string, municipalityCode: string, caller: Caller): Topic {
  ensureMayRead(caller, municipalityCode);
  return { kind: 'proposal', id: proposalTopicId(municipalityCode, proposalRef) };
}

import { MunicipalityCodeQuery } from '../../http/query-fields';
import { PositionQueryDto } from '../../http/query.dto';

/** `minPosition` is accepted and always met: follows are written by the follow commands, not projected. */
export class GetTrajectoryFollowingQueryDto extends PositionQueryDto {}

export class GetCouncilProposalFollowingQueryDto extends PositionQueryDto {
  @MunicipalityCodeQuery("Only this municipality's proposal (one of yours); every municipality of yours when absent.")
  municipalityCode?: string;
}

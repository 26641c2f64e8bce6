import { MunicipalityCodeQuery, PositionQuery } from '../../http/query-fields';
import { PositionQueryDto } from '../../http/query.dto';

export class GetCouncilProposalReportQueryDto extends PositionQueryDto {
  @MunicipalityCodeQuery(
    'Only the proposal of this municipality’s council (one of yours; without a token, any): the same reference ' +
      'in two municipalities names two proposals.',
  )
  municipalityCode?: string;

  @PositionQuery(
    'Answer the report as it stood at this global position (a command answer’s position, or a ' +
      'verification’s throughPosition), folded from the event store: the same position always gives ' +
      'the same report. The answer names it.',
  )
  atPosition?: bigint;
}

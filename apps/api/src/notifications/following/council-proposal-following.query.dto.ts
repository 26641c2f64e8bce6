import { MunicipalityCodeField } from '../../http/municipality-code.field';

export class CouncilProposalFollowingQueryDto {
  @MunicipalityCodeField({
    description: "The proposal's municipality (one of yours): the same reference in two municipalities names two.",
  })
  municipalityCode!: string;
}

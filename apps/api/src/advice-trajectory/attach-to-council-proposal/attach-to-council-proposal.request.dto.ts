import { DateField, TextField } from '../../http/fields';
import { MunicipalityCodeField } from '../../http/municipality-code.field';

export class AttachToCouncilProposalRequestDto {
  @TextField({ description: 'Reference of the council proposal (raadsvoorstel).', example: 'RV-2026-031' })
  proposalRef!: string;

  @DateField({ description: 'Date on which the advice was attached.', example: '2026-04-20' })
  attachedOn!: string;

  @TextField({
    optional: true,
    max: 2000,
    description: "The council information system's page of the proposal, or its Open Raadsinformatie id.",
    example: 'https://beverwijk.raadsinformatie.nl/document/12345',
  })
  proposalUrl?: string;

  @MunicipalityCodeField({
    optional: true,
    description:
      'The municipality whose council the proposal is for; required when the advice is addressed to several. A proposalRef is unique within its municipality.',
  })
  municipalityCode?: string;
}

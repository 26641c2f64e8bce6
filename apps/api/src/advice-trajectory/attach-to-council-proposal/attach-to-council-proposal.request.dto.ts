import { DateField, TextField } from '../../http/fields';

export class AttachToCouncilProposalRequestDto {
  @TextField({ description: 'Reference of the council proposal (raadsvoorstel).', example: 'RV-2026-031' })
  proposalRef!: string;

  @DateField({ description: 'Date on which the advice was attached.', example: '2026-04-20' })
  attachedOn!: string;
}

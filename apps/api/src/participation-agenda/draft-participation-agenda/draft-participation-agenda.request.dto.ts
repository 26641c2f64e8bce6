import { IntegerField, UuidField } from '../../http/fields';

export class DraftParticipationAgendaRequestDto {
  @UuidField({ optional: true, description: 'Id for the new agenda; the server makes one when absent.' })
  id?: string;

  @UuidField({ description: 'The participation body whose agenda this is.' })
  bodyId!: string;

  @IntegerField({ min: 2000, max: 2100, description: 'The year the agenda is for.', example: 2027 })
  year!: number;
}

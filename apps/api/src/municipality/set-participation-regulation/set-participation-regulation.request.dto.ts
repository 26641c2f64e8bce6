import { IntegerField } from '../../http/fields';

/** Each term or norm left out takes the default of shared/api-contract.md ("Municipal regulation"). */
export class SetParticipationRegulationRequestDto {
  @IntegerField({
    optional: true,
    min: 1,
    max: 730,
    description: "Days the college has to answer an advice in writing, counted from the advice's issue; default 42.",
    example: 42,
  })
  responseTermDays?: number;

  @IntegerField({
    optional: true,
    min: 1,
    max: 730,
    description: 'Days the body has to give a solicited advice; default 42.',
    example: 42,
  })
  adviceTermDays?: number;

  @IntegerField({
    optional: true,
    min: 1,
    max: 52,
    description: 'How often a year, at least, the body consults the alderman; default 2.',
    example: 2,
  })
  aldermanConsultationsPerYear?: number;

  @IntegerField({
    optional: true,
    min: 1,
    max: 24,
    description: 'Every how many months, at most, the body consults the programme manager; default 2.',
    example: 2,
  })
  programmeManagerConsultationEveryMonths?: number;
}

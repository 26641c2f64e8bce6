import { IsObject } from 'class-validator';
import { DateField, IntegerField, NestedField, UuidField } from '../../http/fields';
import type { PerTableGroup } from '../table-group-fields';

const MAX_ATTENDANCE = 10_000;

const GroupCount = (group: string): PropertyDecorator =>
  IntegerField({
    optional: true,
    max: MAX_ATTENDANCE,
    description: `Number of people from the ${group} group at the session.`,
  });

/** People at a session per group (`livedExperience` is the group `lived-experience`); absent groups may be left out. */
export class SessionAttendanceDto implements PerTableGroup<number> {
  @GroupCount('client')
  client?: number;

  @GroupCount('lived-experience')
  livedExperience?: number;

  @GroupCount('carer')
  carer?: number;

  @GroupCount('resident')
  resident?: number;

  @GroupCount('youth')
  youth?: number;

  @GroupCount('professional')
  professional?: number;

  @GroupCount('other')
  other?: number;
}

export class HoldSessionRequestDto {
  @UuidField({ optional: true, description: 'Id for the new session; the server makes one when absent.' })
  sessionId?: string;

  @DateField({ description: 'The date the session was held.', example: '2026-11-19' })
  heldOn!: string;

  // NestedField alone lets a missing object through; the count per group is required, even if empty.
  @IsObject({ message: 'attendance must be an object of counts per group' })
  @NestedField(() => SessionAttendanceDto, {
    description: 'Number of people per group at the session.',
    example: { client: 2, livedExperience: 1, carer: 3 },
  })
  attendance!: SessionAttendanceDto;
}

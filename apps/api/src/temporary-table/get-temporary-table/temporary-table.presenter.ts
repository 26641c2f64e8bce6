import type { Attendance } from '#domain';
import type { TableRegisterDoc } from '#projections';
import { presentPersonalData } from '../../read-models/personal-data.presenter';
import { presentTableSummary } from '../list-temporary-tables/temporary-table-summary.presenter';
import type { TableAttendanceDto, TemporaryTableDto } from './temporary-table.response.dto';

/** A table register row (personal data already opened for those who may see it) in full. */
export function presentTable(doc: TableRegisterDoc, visible: boolean): TemporaryTableDto {
  return {
    ...presentTableSummary(doc),
    participants: doc.participants.map(({ displayName, ...participant }) => ({
      ...participant,
      ...(displayName ? { displayName: presentPersonalData(displayName, visible, 'name') } : {}),
    })),
    sessions: doc.sessions.map((s) => ({ ...s, attendance: attendanceOf(s.attendance) })),
    contributions: doc.contributions.map(({ summary, ...contribution }) => ({
      ...contribution,
      summary: presentPersonalData(summary, visible, 'text') as TemporaryTableDto['contributions'][number]['summary'],
    })),
    ...(doc.close ? { close: { ...doc.close } } : {}),
  };
}

/** Attendance with lowerCamelCase group names, as the API spells them. */
function attendanceOf(attendance: Attendance): TableAttendanceDto {
  const { 'lived-experience': livedExperience, ...others } = attendance;
  return { ...others, ...(livedExperience === undefined ? {} : { livedExperience }) };
}

import type { Principal } from '#application';
import type { PersonKeyStore } from '#privacy';
import type { TableRegisterDoc } from '#projections';
import { presentPersonalData, revealFor } from '../../read-models/personal-data.presenter';
import { presentTableSummary } from '../list-temporary-tables/temporary-table-summary.presenter';
import { perTableGroup } from '../table-group-fields';
import type { TemporaryTableDto } from './temporary-table.response.dto';

/** A table register row (personal data already opened for those who may see it) in full. */
export function presentTable(doc: TableRegisterDoc, visible: boolean): TemporaryTableDto {
  return {
    ...presentTableSummary(doc),
    participants: doc.participants.map(({ displayName, ...participant }) => ({
      ...participant,
      ...(displayName ? { displayName: presentPersonalData(displayName, visible, 'name') } : {}),
    })),
    sessions: doc.sessions.map((s) => ({ ...s, attendance: perTableGroup(s.attendance) })),
    contributions: doc.contributions.map(({ summary, ...contribution }) => ({
      ...contribution,
      summary: presentPersonalData(summary, visible, 'text') as TemporaryTableDto['contributions'][number]['summary'],
    })),
    ...(doc.close ? { close: presentClose(doc.close) } : {}),
  };
}

function presentClose({
  missingGroupReasons,
  ...close
}: NonNullable<TableRegisterDoc['close']>): TemporaryTableDto['close'] {
  return {
    ...close,
    ...(missingGroupReasons ? { missingGroupReasons: perTableGroup(missingGroupReasons) } : {}),
  };
}

/** A table row as the principal may see it: personal data opened only for the roles that work with it. */
export async function presentTableTo(
  keys: PersonKeyStore,
  principal: Principal,
  doc: TableRegisterDoc,
): Promise<TemporaryTableDto> {
  const { docs, visible } = await revealFor(keys, principal, [doc]);
  return presentTable(docs[0] ?? doc, visible);
}

import type { CommandContext, TemporaryTableState } from '#domain';
import type { RuleStreams } from '../commands/rule-streams';
import { registeredMunicipalitiesMustExist } from '../municipality/municipality.cross-checks';
import { flexibleShellOnlyRecordsSignals } from '../participation-body/body-membership';
import { bodyMustServe, referencedBody } from '../participation-body/participation-body.cross-checks';

/** A table acts in the municipality it was opened for; a table not opened yet names none. */
export function tableMunicipalities(state: TemporaryTableState): readonly string[] {
  return state.status === 'none' ? [] : [state.municipalityCode];
}

/**
 * A table opens in a registered municipality; a table that names a participation body names
 * one that exists and serves that municipality.
 */
export async function tableMustOpenWhereItsBodyServes(
  streams: RuleStreams,
  municipalityCode: string,
  bodyId: string | undefined,
): Promise<void> {
  await registeredMunicipalitiesMustExist(streams, [municipalityCode], 'municipalityCode');
  if (bodyId === undefined) return;
  const body = await referencedBody(streams, bodyId, 'bodyId');
  bodyMustServe(body, municipalityCode, 'bodyId');
}

/** A table's work is the body's: a member of its flexible shell only records signals. */
export function flexibleShellMayNotWorkAtTable(
  state: TemporaryTableState,
  streams: RuleStreams,
  actor: CommandContext['actor'],
): Promise<void> {
  return flexibleShellOnlyRecordsSignals(streams, state.status === 'none' ? undefined : state.bodyId, actor);
}

import { ForbiddenCommandError } from '#application';
import {
  dateOf,
  DomainError,
  fold,
  participationBodyDecider,
  participationBodyStreamId,
  pilotDecider,
  pilotStreamId,
  type ParticipationBodyEvent,
  type PilotEvent,
} from '#domain';
import {
  adviceRegister,
  agendaRegister,
  signalRegister,
  tableRegister,
  type AdviceRegisterDoc,
  type AgendaRegisterDoc,
  type ReadModels,
  type SignalRegisterDoc,
  type TableRegisterDoc,
} from '#projections';
import type { Storage } from '#runtime';
import { evaluatePilot, type PilotEvaluation } from '#projections';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { minPositionOf } from '../../read-models/query-params';

/** Every row of a pilot's bodies; a pilot's register is small enough to read whole. */
const ALL_ROWS = { offset: 0, limit: 1_000_000 } as const;

/**
 * The pilot from its own stream, the bodies' municipalities from theirs (tenancy), and the
 * yardsticks from the advice, signal, table and agenda registers once they reach `minPosition`.
 */
export async function loadPilotEvaluation(
  storage: Storage,
  readModels: ReadModels,
  pilotId: string,
  minPosition: string | undefined,
  request: AuthenticatedRequest,
): Promise<PilotEvaluation> {
  const position = minPositionOf(minPosition);
  const recorded = await storage.eventStore.readStream(pilotStreamId(pilotId));
  const pilot = fold(
    pilotDecider,
    recorded.map((e) => ({ type: e.type, data: e.data }) as PilotEvent),
  );
  if (pilot.status === 'none') throw new DomainError('PILOT.NOT_FOUND', 'There is no such pilot.', 'not-found');
  const municipalities = new Set<string>();
  for (const bodyId of pilot.bodyIds) {
    const events = await storage.eventStore.readStream(participationBodyStreamId(bodyId));
    const body = fold(
      participationBodyDecider,
      events.map((e) => ({ type: e.type, data: e.data }) as ParticipationBodyEvent),
    );
    if (body.status === 'established') body.municipalityCodes.forEach((code) => municipalities.add(code));
  }
  const mine = request.principal?.municipalities ?? [];
  if (![...municipalities].some((code) => mine.includes(code))) {
    throw new ForbiddenCommandError(`You do not act for ${[...municipalities].join(', ')}.`);
  }
  await readModels.waitFor(
    [adviceRegister.name, signalRegister.name, tableRegister.name, agendaRegister.name],
    position,
  );
  const ofBodies = (): [string, unknown][] => [["r.doc->>'bodyId' = ANY(?::text[])", [...pilot.bodyIds]]];
  const [advice, signals, tables, agendas] = await Promise.all([
    readModels.list<AdviceRegisterDoc>(adviceRegister.name, { where: ofBodies(), orderBy: 'r.id', ...ALL_ROWS }),
    readModels.list<SignalRegisterDoc>(signalRegister.name, { where: ofBodies(), orderBy: 'r.id', ...ALL_ROWS }),
    readModels.list<TableRegisterDoc>(tableRegister.name, { where: ofBodies(), orderBy: 'r.id', ...ALL_ROWS }),
    readModels.list<AgendaRegisterDoc>(agendaRegister.name, { where: ofBodies(), orderBy: 'r.id', ...ALL_ROWS }),
  ]);
  return evaluatePilot(
    pilot,
    { advice: advice.items, signals: signals.items, tables: tables.items, agendas: agendas.items },
    dateOf(new Date().toISOString()),
  );
}

import {
  DomainError,
  fold,
  participationBodyDecider,
  participationBodyStreamId,
  pilotDecider,
  pilotStreamId,
  type ParticipationBodyEvent,
  type PilotEvent,
  type PilotState,
} from '#domain';
import type { EventStore } from '#event-store';
import { municipalitiesOfBody } from '../participation-body/body-municipalities';

/** A running pilot and the municipalities its bodies serve: who may read its evaluation. */
export interface PilotScope {
  readonly pilot: Exclude<PilotState, { status: 'none' }>;
  readonly municipalityCodes: readonly string[];
}

/** The pilot from its own stream and its bodies' municipalities from theirs; not found (404) without one. */
export async function pilotScope(store: EventStore, pilotId: string): Promise<PilotScope> {
  const recorded = await store.readStream(pilotStreamId(pilotId));
  const pilot = fold(
    pilotDecider,
    recorded.map((e) => ({ type: e.type, data: e.data }) as PilotEvent),
  );
  if (pilot.status === 'none') throw new DomainError('PILOT.NOT_FOUND', 'There is no such pilot.', 'not-found');
  const municipalityCodes = new Set<string>();
  for (const bodyId of pilot.bodyIds) {
    const events = await store.readStream(participationBodyStreamId(bodyId));
    const body = fold(
      participationBodyDecider,
      events.map((e) => ({ type: e.type, data: e.data }) as ParticipationBodyEvent),
    );
    municipalitiesOfBody(body).forEach((code) => municipalityCodes.add(code));
  }
  return { pilot, municipalityCodes: [...municipalityCodes] };
}

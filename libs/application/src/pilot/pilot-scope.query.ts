import {
  DomainError,
  fold,
  participationBodyDecider,
  participationBodyStreamId,
  pilotDecider,
  pilotStreamId,
  type BodyConsultation,
  type EvaluationFindingRecorded,
  type ParticipationBodyEvent,
  type PilotEvent,
  type PilotState,
} from '#domain';
import type { EventStore } from '#event-store';
import { municipalitiesOfBody } from '../participation-body/body-municipalities';

/** One of the pilot's bodies: the municipalities it serves and the consultations it recorded. */
export interface PilotBody {
  readonly bodyId: string;
  readonly municipalityCodes: readonly string[];
  readonly consultations: readonly BodyConsultation[];
}

/**
 * A running pilot, the municipalities its bodies serve (who may read its evaluation), and what
 * the evaluation takes from the streams themselves rather than from a register: the bodies'
 * consultations and the evaluators' findings.
 */
export interface PilotScope {
  readonly pilot: Exclude<PilotState, { status: 'none' }>;
  readonly municipalityCodes: readonly string[];
  readonly bodies: readonly PilotBody[];
  /** In the order recorded. */
  readonly findings: readonly EvaluationFindingRecorded['data'][];
}

/** The pilot from its own stream and its bodies' municipalities from theirs; not found (404) without one. */
export async function pilotScope(store: EventStore, pilotId: string): Promise<PilotScope> {
  const recorded = (await store.readStream(pilotStreamId(pilotId))).map(
    (e) => ({ type: e.type, data: e.data }) as PilotEvent,
  );
  const pilot = fold(pilotDecider, recorded);
  if (pilot.status === 'none') throw new DomainError('PILOT.NOT_FOUND', 'There is no such pilot.', 'not-found');
  const findings = recorded.flatMap((e) => (e.type === 'EvaluationFindingRecorded' ? [e.data] : []));
  const bodies: PilotBody[] = [];
  for (const bodyId of pilot.bodyIds) {
    const events = await store.readStream(participationBodyStreamId(bodyId));
    const body = fold(
      participationBodyDecider,
      events.map((e) => ({ type: e.type, data: e.data }) as ParticipationBodyEvent),
    );
    const consultations = body.status === 'none' ? [] : body.consultations;
    bodies.push({ bodyId, municipalityCodes: municipalitiesOfBody(body), consultations });
  }
  const municipalityCodes = [...new Set(bodies.flatMap((b) => b.municipalityCodes))];
  return { pilot, municipalityCodes, bodies, findings };
}

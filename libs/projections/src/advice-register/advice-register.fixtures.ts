import type { AdviceTrajectoryEvent } from '#domain';
import { recordedEvents, type StreamOfEvents } from '../testing';
import type { AdviceRegisterDoc } from './advice-register.doc';

/**
 * Builds the recorded events of trajectory `trajectoryId` for a projection spec: recorded by an
 * official on 2 November 2026, unless `stream` names another time, actor or first position.
 */
export function trajectoryEvents(
  trajectoryId: string,
  stream: Partial<Pick<StreamOfEvents, 'at' | 'actor' | 'firstPosition'>> = {},
): ReturnType<typeof recordedEvents<AdviceTrajectoryEvent['type']>> {
  return recordedEvents<AdviceTrajectoryEvent['type']>({
    streamId: `advice-trajectory-${trajectoryId}`,
    at: '2026-11-02T10:00:00Z',
    actor: { id: 'official-1', role: 'official' },
    data: { trajectoryId },
    ...stream,
  });
}

/**
 * A row of the advice register for a query spec: solicited advice on the Wmo from Beverwijk's
 * body, started on 1 September 2026, with nothing linked yet; `fields` set what the spec is about.
 * It has no `addressedTo` or `responses`, as a row written before the second round.
 */
export function adviceDoc(id: string, fields: Partial<AdviceRegisterDoc> = {}): AdviceRegisterDoc {
  return {
    trajectoryId: id,
    municipalityCode: 'GM0375',
    bodyId: 'c0a80101-0000-4000-8000-0000000000b1',
    kind: 'solicited',
    subject: `Advies ${id}`,
    domain: 'wmo',
    policyPhase: 'preparation',
    status: 'started',
    signalIds: [],
    tableIds: [],
    proposals: [],
    followUp: [],
    disputes: [],
    startedAt: '2026-09-01T10:00:00.000Z',
    ...fields,
  };
}

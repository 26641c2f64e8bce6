import type { TrajectoryHistory } from '#application';
import type { AdviceTrajectoryState } from '#domain';
import type { RecordedEvent } from '#event-store';
import type { Viewer } from '../../read-models/viewer';
import type {
  TrajectoryEventDto,
  TrajectoryHistoryDto,
  TrajectoryStateDto,
} from './get-trajectory-history.response.dto';

type Existing = Exclude<AdviceTrajectoryState, { status: 'none' }>;

/** The history as the viewer may see it, naming the instant it was asked as of. */
export function presentTrajectoryHistory(
  trajectoryId: string,
  asOf: Date | undefined,
  history: TrajectoryHistory,
  viewer: Viewer,
): TrajectoryHistoryDto {
  return {
    trajectoryId,
    ...(asOf === undefined ? {} : { asOf: asOf.toISOString() }),
    state: presentState(history.state),
    events: history.events.map((event) => presentEvent(event, viewer)),
  };
}

/** The domain's state as the answer shows it: what is not there yet is left out, not null. */
export function presentState(state: Existing): TrajectoryStateDto {
  const { approach, advice, response, responseDueOn } = state;
  return {
    status: state.status,
    trajectoryId: state.trajectoryId,
    municipalityCode: state.municipalityCode,
    bodyId: state.bodyId,
    kind: state.kind,
    subject: state.subject,
    domain: state.domain,
    policyPhase: state.policyPhase,
    ...(responseDueOn === undefined ? {} : { responseDueOn }),
    ...(approach
      ? { approach: { forms: [...approach.forms], phases: [...approach.phases], roles: approach.roles } }
      : {}),
    signalIds: [...state.signalIds],
    tableIds: [...state.tableIds],
    ...(advice
      ? { advice: { ...advice, recommendations: advice.recommendations.map(({ number, text }) => ({ number, text })) } }
      : {}),
    ...(response ? { response: { ...response, decisions: response.decisions.map((d) => ({ ...d })) } } : {}),
    proposals: state.proposals.map((p) => ({ ...p, decisions: p.decisions.map((d) => ({ ...d })) })),
    followUp: state.followUp.map(({ dueOn, description }) => ({ dueOn, description })),
    progress: state.progress.map((r) => ({ ...r })),
    disputes: state.disputes.map((d) => ({ ...d })),
    ...('end' in state ? { end: { ...state.end } } : {}),
  };
}

/** One event as the viewer may see it: the public sees who acted by role only, not their pseudonymous id. */
export function presentEvent(event: RecordedEvent, viewer: Viewer): TrajectoryEventDto {
  const { actor } = event.metadata;
  return {
    type: event.type,
    occurredAt: event.metadata.occurredAt,
    recordedAt: event.recordedAt.toISOString(),
    position: Number(event.position),
    revision: event.streamRevision,
    actor: viewer.kind === 'public' ? { role: actor.role } : { id: actor.id, role: actor.role },
    data: event.data as Record<string, unknown>,
  };
}

import type { TrajectoryHistory } from '#application';
import { sideOf, type AdviceTrajectoryState, type CollegeResponse, type Side } from '#domain';
import type { RecordedEvent } from '#event-store';
import type { Viewer } from '../../read-models/viewer';
import type {
  TrajectoryEventDto,
  TrajectoryHistoryDto,
  TrajectoryResponseDto,
  TrajectoryStateDto,
} from './get-trajectory-history.response.dto';

type Existing = Exclude<AdviceTrajectoryState, { status: 'none' }>;

/**
 * Event fields the public does not see: the responsible official is a login `sub`,
 * pseudonymous like the actor ids, and personal data for whoever holds the mapping (ADR 0009).
 */
const WITHHELD_FROM_PUBLIC = ['responsibleOfficial'] as const;

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
    state: presentState(history.state, viewer, disputeSidesOf(history.events)),
    events: history.events.map((event) => presentEvent(event, viewer)),
  };
}

/**
 * The domain's state as the answer shows it: what is not there yet is left out, not null. Which
 * side raised a dispute is not in the state but in who raised it: `raisedBy` maps a dispute's
 * number to that side.
 */
export function presentState(
  state: Existing,
  viewer: Viewer,
  raisedBy: ReadonlyMap<number, Side> = new Map(),
): TrajectoryStateDto {
  const { approach, proposedApproach, advice, response } = state;
  const { responseDueOn, question, adviceDueOn, responsibleOfficial, portfolioHolder } = state;
  return {
    status: state.status,
    trajectoryId: state.trajectoryId,
    municipalityCode: state.municipalityCode,
    bodyId: state.bodyId,
    kind: state.kind,
    subject: state.subject,
    domain: state.domain,
    policyPhase: state.policyPhase,
    ...(question === undefined ? {} : { question }),
    ...(adviceDueOn === undefined ? {} : { adviceDueOn }),
    ...(responseDueOn === undefined ? {} : { responseDueOn }),
    ...(responsibleOfficial === undefined || viewer.kind === 'public' ? {} : { responsibleOfficial }),
    ...(portfolioHolder === undefined ? {} : { portfolioHolder }),
    addressedTo: [...state.addressedTo],
    ...(approach
      ? {
          approach: {
            forms: [...approach.forms],
            phases: [...approach.phases],
            roles: approach.roles,
            ...(approach.proposedBy === undefined ? {} : { proposedBy: approach.proposedBy }),
            ...(approach.confirmedBy === undefined ? {} : { confirmedBy: approach.confirmedBy }),
          },
        }
      : {}),
    ...(proposedApproach
      ? {
          proposedApproach: {
            forms: [...proposedApproach.forms],
            phases: [...proposedApproach.phases],
            roles: proposedApproach.roles,
            proposedBy: proposedApproach.proposedBy,
          },
        }
      : {}),
    signalIds: [...state.signalIds],
    tableIds: [...state.tableIds],
    ...(advice
      ? { advice: { ...advice, recommendations: advice.recommendations.map(({ number, text }) => ({ number, text })) } }
      : {}),
    responses: state.responses.map(presentResponse),
    ...(response ? { response: presentResponse(response) } : {}),
    proposals: state.proposals.map((p) => ({ ...p, decisions: p.decisions.map((d) => ({ ...d })) })),
    followUp: state.followUp.map(({ dueOn, description }) => ({ dueOn, description })),
    progress: state.progress.map((r) => ({ ...r })),
    disputes: state.disputes.map((d) => {
      const side = raisedBy.get(d.disputeNumber);
      return { ...d, ...(side === undefined ? {} : { raisedBy: side }) };
    }),
    ...('end' in state ? { end: { ...state.end } } : {}),
  };
}

function presentResponse(response: CollegeResponse): TrajectoryResponseDto {
  return { ...response, decisions: response.decisions.map((d) => ({ ...d })) };
}

/** The side of whoever raised each dispute, from the DisputeRaised events' actors. */
function disputeSidesOf(events: readonly RecordedEvent[]): Map<number, Side> {
  const sides = new Map<number, Side>();
  for (const event of events) {
    if (event.type !== 'DisputeRaised') continue;
    const side = sideOf(event.metadata.actor.role);
    const { disputeNumber } = event.data as { disputeNumber: number };
    if (side !== undefined) sides.set(disputeNumber, side);
  }
  return sides;
}

/** One event as the viewer may see it: the public sees who acted by role only, not their pseudonymous id. */
export function presentEvent(event: RecordedEvent, viewer: Viewer): TrajectoryEventDto {
  const { actor } = event.metadata;
  const data = event.data as Record<string, unknown>;
  return {
    type: event.type,
    occurredAt: event.metadata.occurredAt,
    recordedAt: event.recordedAt.toISOString(),
    position: Number(event.position),
    revision: event.streamRevision,
    actor: viewer.kind === 'public' ? { role: actor.role } : { id: actor.id, role: actor.role },
    data: viewer.kind === 'public' ? withoutWithheld(data) : data,
  };
}

function withoutWithheld(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).filter(([field]) => !(WITHHELD_FROM_PUBLIC as readonly string[]).includes(field)),
  );
}

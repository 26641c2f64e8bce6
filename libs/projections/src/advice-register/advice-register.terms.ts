import {
  collegesYetToRespond,
  overdueCheckpoints,
  overdueSide,
  type AdviceTrajectoryState,
  type Checkpoint,
  type CollegeResponse,
  type CurrentAdvice,
  type PolicyPhase,
  type TrajectoryTerms,
} from '#domain';
import { addressedToOf, responsesOf, type AdviceRegisterDoc } from './advice-register.doc';

/** Which side an overdue belongs to: the college's written response, or the body's advice. */
export type OverdueSide = 'college' | 'body';

/**
 * A register row read as the domain's trajectory state, so that the terms that expire without
 * an event (overdue response or advice, overdue follow-up checkpoints, colleges yet to answer)
 * are judged by the domain's own rules rather than by a copy of them here.
 */
export function trajectoryStateOf(doc: AdviceRegisterDoc): AdviceTrajectoryState {
  const record = {
    trajectoryId: doc.trajectoryId,
    municipalityCode: doc.municipalityCode,
    bodyId: doc.bodyId,
    kind: doc.kind,
    subject: doc.subject,
    domain: doc.domain,
    policyPhase: doc.policyPhase,
    ...(doc.responseDueOn === undefined ? {} : { responseDueOn: doc.responseDueOn }),
    ...(doc.adviceDueOn === undefined ? {} : { adviceDueOn: doc.adviceDueOn }),
    addressedTo: addressedToOf(doc),
    responses: responsesOf(doc).map((r): CollegeResponse => ({ ...r })),
    approach: doc.approach ? { ...doc.approach, phases: doc.approach.phases as PolicyPhase[] } : null,
    proposedApproach: null,
    signalIds: doc.signalIds,
    tableIds: doc.tableIds,
    proposals: doc.proposals.map((p) => ({ ...p, municipalityCode: p.municipalityCode ?? doc.municipalityCode })),
    followUp: doc.followUp,
    progress: (doc.advice?.recommendations ?? []).flatMap((r) =>
      r.implementation ? [{ recommendationNumber: r.number, ...r.implementation }] : [],
    ),
    disputes: doc.disputes,
  };
  const advice: CurrentAdvice | null = doc.advice
    ? { ...doc.advice, adviceKind: doc.advice.adviceKind ?? 'content' }
    : null;
  const response = record.responses.at(-1) ?? null;
  if (doc.withdrawn) {
    return {
      ...record,
      status: 'withdrawn',
      advice,
      response,
      end: { outcome: 'withdrawn', reason: doc.withdrawn.reason },
    };
  }
  if (advice && response && doc.respondedOn !== undefined) {
    if (!doc.closed) return { ...record, status: 'responded', advice, response };
    const end =
      doc.closed.note === undefined ? { outcome: 'closed' as const } : { outcome: 'closed' as const, ...doc.closed };
    return { ...record, status: 'closed', advice, response, end };
  }
  if (advice) return { ...record, status: 'advice-issued', advice, response: null };
  return { ...record, status: 'started', advice: null, response: null };
}

/**
 * A register row read only for what the domain judges its terms from: `trajectoryStateOf`'s
 * status and the few fields the terms read, without copying the rest of the row. A searched
 * register page judges fifty rows, and building each whole state was a tenth of its time on the
 * API's thread (#19's bench).
 */
export function trajectoryTermsOf(doc: AdviceRegisterDoc): TrajectoryTerms {
  const progress = (doc.advice?.recommendations ?? []).flatMap((r) => (r.implementation ? [r.implementation] : []));
  return {
    status: statusOf(doc),
    ...(doc.responseDueOn === undefined ? {} : { responseDueOn: doc.responseDueOn }),
    ...(doc.adviceDueOn === undefined ? {} : { adviceDueOn: doc.adviceDueOn }),
    addressedTo: addressedToOf(doc),
    responses: responsesOf(doc),
    followUp: doc.followUp,
    progress,
  };
}

/** The domain's status of the trajectory a register row describes. */
function statusOf(doc: AdviceRegisterDoc): Exclude<AdviceTrajectoryState['status'], 'none'> {
  if (doc.withdrawn) return 'withdrawn';
  if (doc.advice && responsesOf(doc).length > 0 && doc.respondedOn !== undefined)
    return doc.closed ? 'closed' : 'responded';
  return doc.advice ? 'advice-issued' : 'started';
}

/** The side whose term has passed on `today` (a date in Europe/Amsterdam), if any: the domain's `overdueSide`. */
export function overdueSideOf(doc: AdviceRegisterDoc, today: string): OverdueSide | undefined {
  return overdueSide(trajectoryTermsOf(doc), today);
}

/** The follow-up checkpoints overdue on `today`: the domain's `overdueCheckpoints`. */
export function overdueCheckpointsOf(doc: AdviceRegisterDoc, today: string): Checkpoint[] {
  return overdueCheckpoints(trajectoryTermsOf(doc), today);
}

/** The addressed municipalities whose college has not answered yet. */
export function collegesYetToRespondOf(doc: AdviceRegisterDoc): string[] {
  return collegesYetToRespond(trajectoryTermsOf(doc));
}

/** A row's terms on `today`, as one line of the register shows them. */
export interface AdviceTerms {
  readonly overdueSide: OverdueSide | undefined;
  readonly overdueCheckpoints: Checkpoint[];
  readonly collegesYetToRespond: string[];
}

/**
 * `overdueSideOf`, `overdueCheckpointsOf` and `collegesYetToRespondOf` at once, from one reading
 * of the row as the domain's state: a register page judges fifty rows (#19's bench found the
 * reading repeated for each term a sixth of a searched page's time on the API's thread).
 */
export function adviceTermsOf(doc: AdviceRegisterDoc, today: string): AdviceTerms {
  const state = trajectoryTermsOf(doc);
  return {
    overdueSide: overdueSide(state, today),
    overdueCheckpoints: overdueCheckpoints(state, today),
    collegesYetToRespond: collegesYetToRespond(state),
  };
}

import type {
  CollegeResponseCorrected,
  CollegeResponseRecorded,
  ParticipationApproachAgreed,
  ParticipationApproachConfirmed,
  ParticipationApproachProposed,
  SignalLinked,
  TemporaryTableLinked,
} from '#domain';
import { responsesOf, type Changes, type CollegeResponseEntry } from './advice-register.doc';

type EvidenceEvent =
  | ParticipationApproachAgreed
  | ParticipationApproachProposed
  | ParticipationApproachConfirmed
  | SignalLinked
  | TemporaryTableLinked;

/** The approach and the evidence the advice rests on. */
export function evolveEvidence(doc: Changes, event: EvidenceEvent): Changes {
  switch (event.type) {
    case 'ParticipationApproachAgreed': {
      const { forms, phases, roles } = event.data;
      return { ...doc, approach: { forms: [...forms], phases: [...phases], roles } };
    }
    case 'ParticipationApproachProposed': {
      const { forms, phases, roles, proposedBy } = event.data;
      return { ...doc, proposedApproach: { forms: [...forms], phases: [...phases], roles, proposedBy } };
    }
    case 'ParticipationApproachConfirmed': {
      const { forms, phases, roles, proposedBy, confirmedBy } = event.data;
      const { proposedApproach: _confirmed, ...rest } = doc;
      return { ...rest, approach: { forms: [...forms], phases: [...phases], roles, proposedBy, confirmedBy } };
    }
    case 'SignalLinked':
      return { ...doc, signalIds: withItem(doc.signalIds, event.data.signalId) };
    case 'TemporaryTableLinked':
      return { ...doc, tableIds: withItem(doc.tableIds, event.data.tableId) };
  }
}

/**
 * Each addressed college's response, one per municipality. A correction makes its answers the
 * current ones and keeps the answers it replaced, so the register shows both; the same
 * correction applied again finds its answers already current and changes nothing.
 */
export function evolveResponse(
  doc: Changes,
  event: CollegeResponseRecorded | CollegeResponseCorrected,
  at: string,
): Changes {
  if (!doc.advice) return doc;
  const municipalityCode = event.data.municipalityCode ?? doc.municipalityCode;
  const responses = responsesOf(doc);
  const earlier = responses.find((r) => r.municipalityCode === municipalityCode);
  if (event.type === 'CollegeResponseRecorded') {
    if (earlier) return doc;
    const { adviceVersion, respondedOn, decisions, documentRef } = event.data;
    const response: CollegeResponseEntry = {
      municipalityCode,
      adviceVersion,
      respondedOn,
      decisions: [...decisions],
      ...(documentRef === undefined ? {} : { documentRef }),
      corrections: [],
    };
    return { ...doc, responses: [...responses, response] };
  }
  if (!earlier || earlier.corrections.some((c) => c.correctedAt === at && c.reason === event.data.reason)) return doc;
  const correction = { reason: event.data.reason, correctedAt: at, replaced: earlier.decisions };
  const corrected: CollegeResponseEntry = {
    ...earlier,
    decisions: [...event.data.decisions],
    corrections: [...earlier.corrections, correction],
  };
  return { ...doc, responses: responses.map((r) => (r === earlier ? corrected : r)) };
}

function withItem(list: readonly string[], item: string): readonly string[] {
  return list.includes(item) ? list : [...list, item];
}

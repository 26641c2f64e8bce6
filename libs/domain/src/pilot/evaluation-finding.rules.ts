import { DomainError, ensure, ensureNotInFuture, isLocalDate, type LocalDate } from '../kit';
import { EVALUATION_TOPICS, isEvaluationTopic, type EvaluationTopic } from './evaluation-findings';
import type { PilotState } from './pilot.state';

type RunningPilot = Extract<PilotState, { status: 'running' }>;

export function pilotMustExist(state: PilotState): asserts state is RunningPilot {
  ensure(
    state.status !== 'none',
    () => new DomainError('PILOT.NOT_FOUND', 'This pilot has not been started.', 'not-found'),
  );
}

export function findingMustNotBeRecordedYet(pilot: RunningPilot, findingId: string): void {
  ensure(
    !pilot.findingIds.includes(findingId),
    () => new DomainError('PILOT.FINDING_ALREADY_RECORDED', 'This finding has already been recorded.', 'conflict'),
  );
}

export function findingMustNameAKnownTopic(topic: unknown): EvaluationTopic {
  ensure(
    isEvaluationTopic(topic),
    () =>
      new DomainError(
        'PILOT.FINDING_TOPIC_UNKNOWN',
        `A finding is about one of: ${EVALUATION_TOPICS.join(', ')}.`,
        'rule',
        'topic',
      ),
  );
  return topic;
}

export function findingMustSaySomething(finding: string): string {
  ensure(
    typeof finding === 'string' && finding.trim().length > 0,
    () => new DomainError('PILOT.FINDING_MISSING', 'A finding says what the evaluator found.', 'rule', 'finding'),
  );
  return finding.trim();
}

/** Recorded on a day that has come, within or after the pilot, never before it started. */
export function findingMustBeRecordedDuringOrAfterThePilot(
  pilot: RunningPilot,
  recordedOn: string,
  now: string,
): LocalDate {
  ensure(
    typeof recordedOn === 'string' && isLocalDate(recordedOn),
    () =>
      new DomainError(
        'PILOT.RECORDED_ON_INVALID',
        'The date of a finding is a calendar date (YYYY-MM-DD).',
        'rule',
        'recordedOn',
      ),
  );
  ensureNotInFuture(recordedOn, now, 'recordedOn', 'PILOT.RECORDED_ON_IN_FUTURE');
  ensure(
    recordedOn >= pilot.startsOn,
    () =>
      new DomainError(
        'PILOT.FINDING_BEFORE_PILOT',
        `The pilot started on ${pilot.startsOn}; a finding about it is recorded on or after that day.`,
        'rule',
        'recordedOn',
      ),
  );
  return recordedOn;
}

import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** Seconds; from a quick read of a read model to a command waiting on a busy stream. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The process's Prometheus instruments, in a registry of its own (not prom-client's global
 * one), so several applications in one process (tests) never share counts.
 */
export class Metrics {
  readonly registry = new Registry();

  readonly commands = new Counter({
    name: 'participation_commands_total',
    help: 'Commands received, by operationId and outcome (ok, invalid, unauthenticated, forbidden, not_found, conflict, rejected, ...).',
    labelNames: ['operation_id', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly commandDuration = new Histogram({
    name: 'participation_command_duration_seconds',
    help: 'Time from receiving a command to its answer, by operationId and outcome.',
    labelNames: ['operation_id', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly queryDuration = new Histogram({
    name: 'participation_query_duration_seconds',
    help: 'Time from receiving a query to its answer, by operationId and outcome.',
    labelNames: ['operation_id', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly appendDuration = new Histogram({
    name: 'participation_event_store_append_duration_seconds',
    help: 'Time an append to the event store took, by adapter and outcome (ok, conflict, error).',
    labelNames: ['adapter', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly readModelAnswers = new Counter({
    name: 'participation_read_model_answers_total',
    help: 'Answers of the costlier read-model queries, by outcome: hit (kept since the last commit, ADR 52), miss (computed and kept), unheard (computed while commits could not be heard).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  constructor() {
    // Unprefixed (process_*, nodejs_*), so the usual Node.js dashboards work as they are.
    collectDefaultMetrics({ register: this.registry });
  }
}

/** An answer's status as a label with few values, the same for commands and queries. */
export function outcomeOf(status: number): string {
  if (status < 400) return 'ok';
  const named = OUTCOMES[status];
  if (named) return named;
  return status < 500 ? 'client_error' : 'error';
}

const OUTCOMES: Partial<Record<number, string>> = {
  400: 'invalid',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  412: 'conflict',
  413: 'invalid',
  415: 'invalid',
  422: 'rejected',
  429: 'throttled',
  503: 'unavailable',
};

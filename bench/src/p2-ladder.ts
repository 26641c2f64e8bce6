import autocannon from 'autocannon';
import type { ApiProcess } from './api-process';
import { round } from './figures';
import { BODY_ID } from './store-generator';

export const P2_P99_LIMIT_MS = 25;

/** One request the ladder sends over and over, with the caller's token. */
export interface Target {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly body?: string;
}

export interface Step {
  readonly connections: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly non2xx: number;
  readonly errors: number;
}

export interface Ladder {
  readonly steps: readonly Step[];
  /** The step with the most answers per second and no failure, if any. */
  readonly best: Step | null;
}

/** RecordSignal as a secretary sends it: validation, auth, cross-stream rules, sealing, decide, append. */
export function recordSignalBody(municipalityCode: string): string {
  return JSON.stringify({
    bodyId: BODY_ID,
    municipalityCode,
    channel: 'meeting',
    receivedOn: '2026-11-20',
    themes: ['vervoer'],
    domain: 'wmo',
    summary: 'Regiotaxi komt vaak te laat; bewoners missen afspraken bij de huisarts.',
    area: 'IJmuiden',
  });
}

export const RECORD_SIGNAL: Target = { method: 'POST', path: '/api/v1/signals', body: recordSignalBody('GM0375') };

/**
 * GetCurrentCaller: every global guard and middleware a command passes (rate limit, token,
 * request log, correlation id), then an answer from the token alone. What the HTTP stack
 * itself allows, so RecordSignal's share of it is the cost of the command pipeline.
 */
export const BARE_ROUTE: Target = { method: 'GET', path: '/api/v1/me' };

export async function load(
  api: ApiProcess,
  authorization: string,
  target: Target,
  seconds: number,
  connections: number,
): Promise<Step> {
  const result = await autocannon({
    url: `${api.baseUrl}${target.path}`,
    method: target.method,
    headers: target.body === undefined ? { authorization } : { authorization, 'content-type': 'application/json' },
    ...(target.body === undefined ? {} : { body: target.body }),
    connections,
    duration: seconds,
  });
  return {
    connections,
    perSecond: round(result.requests.average, 0),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/**
 * The target at every step of rising concurrency after a short warm-up; the best step without
 * failures is its maximum. Every step runs: on a shared machine one step can fall back for a
 * moment (another process's work) and the next still rise, so stopping at the first fall
 * could miss the maximum.
 */
export async function searchMax(
  api: ApiProcess,
  authorization: string,
  target: Target,
  settings: { secondsPerStep: number; connections: readonly number[] },
  logStep: (step: Step) => void,
): Promise<Ladder> {
  await load(api, authorization, target, 2, 4);
  const steps: Step[] = [];
  for (const connections of settings.connections) {
    const step = await load(api, authorization, target, settings.secondsPerStep, connections);
    steps.push(step);
    logStep(step);
  }
  const clean = steps.filter((s) => s.non2xx === 0 && s.errors === 0);
  const best = clean.reduce<Step | null>((a, s) => (a && a.perSecond >= s.perSecond ? a : s), null);
  return { steps, best };
}

import autocannon from 'autocannon';
import { SEARCHES } from './advice-texts';
import type { Answers, ApiProcess } from './api-process';
import { ratio, round, type Figure } from './figures';
import { median } from './latency';
import type { Random } from './random';

/** The targets (#19): a public trajectory page and a searched register page, p99 ≤ 50 ms each. */
const P10_P99_LIMIT_MS = 50;

export interface P10Settings {
  readonly connections: number;
  readonly rounds: number;
  readonly secondsPerRound: number;
}

interface Run {
  readonly p50: number;
  readonly p99: number;
  readonly perSecond: number;
  readonly non2xx: number;
  readonly errors: number;
  /** The read-model answers of the round (ADR 52): kept since the last commit, or computed. */
  readonly answers: Answers;
}

interface Target {
  readonly name: 'bare' | 'page' | 'search';
  readonly authorization?: string;
  /** A fresh path for each request, drawn from the seeded source. */
  readonly path: () => string;
}

/**
 * 32 readers at once (autocannon's connections, each with one request in flight), in turns of
 * the same length: the API's bare route (`GET /api/v1/me`, every guard and middleware, no
 * query), the public trajectory page (`GET /trajecten/{id}`, server-rendered from the influence
 * chain, the history and the municipalities), and the advice register searched
 * (`GET /api/v1/advice-trajectories?municipalityCode&q`, one municipality and a word of
 * SEARCHES). The three alternate round by round, so each meets the same moments of a shared
 * machine; each figure is the median of its rounds' p99.
 */
export async function runP10(
  api: ApiProcess,
  trajectoryIds: readonly string[],
  municipalities: readonly string[],
  settings: P10Settings,
  random: Random,
  log: (line: string) => void,
): Promise<Figure[]> {
  const authorization = await api.bearer(['official'], municipalities);
  const targets: Target[] = [
    { name: 'bare', authorization, path: () => '/api/v1/me' },
    { name: 'page', path: () => `/trajecten/${random.pick(trajectoryIds)}` },
    {
      name: 'search',
      authorization,
      path: () =>
        `/api/v1/advice-trajectories?municipalityCode=${random.pick(municipalities)}` +
        `&q=${encodeURIComponent(random.pick(SEARCHES).q)}`,
    },
  ];
  for (const target of targets) await load(api, target, 2, settings.connections);
  const runs: Record<Target['name'], Run[]> = { bare: [], page: [], search: [] };
  for (let round = 1; round <= settings.rounds; round += 1) {
    for (const target of targets) {
      const run = await load(api, target, settings.secondsPerRound, settings.connections);
      runs[target.name].push(run);
      log(
        `P10 round ${round} ${target.name}: p50 ${run.p50} ms p99 ${run.p99} ms, ${run.perSecond}/s, ` +
          `${run.non2xx} non-2xx, ${run.errors} errors; read-model answers kept ${run.answers.hit}, ` +
          `computed ${run.answers.miss + run.answers.unheard}`,
      );
      if (run.non2xx > 0 || run.errors > 0) throw new Error(`P10 ${target.name} had failed requests`);
    }
  }
  const p99 = (name: Target['name']): number => median(runs[name].map((r) => r.p99));
  const bare = p99('bare');
  const figure = (name: 'page' | 'search', title: string): Figure => ({
    id: 'P10',
    name: `${title} p99, ${settings.connections} readers`,
    value: round(p99(name), 2),
    unit: 'ms',
    baseline: round(bare, 2),
    baselineName: 'bare route GET /api/v1/me p99, same run',
    ratio: ratio(p99(name), bare),
    target: `p99 <= ${P10_P99_LIMIT_MS} ms`,
    met: p99(name) <= P10_P99_LIMIT_MS,
    details: { connections: settings.connections, rounds: runs },
  });
  return [figure('page', 'public trajectory page'), figure('search', 'advice register searched (q=)')];
}

async function load(api: ApiProcess, target: Target, seconds: number, connections: number): Promise<Run> {
  const before = await api.answers();
  const result = await autocannon({
    url: api.baseUrl,
    connections,
    duration: seconds,
    headers: target.authorization === undefined ? {} : { authorization: target.authorization },
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: target.path() }) }],
  });
  const after = await api.answers();
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    perSecond: round(result.requests.average, 0),
    non2xx: result.non2xx,
    errors: result.errors,
    answers: { hit: after.hit - before.hit, miss: after.miss - before.miss, unheard: after.unheard - before.unheard },
  };
}

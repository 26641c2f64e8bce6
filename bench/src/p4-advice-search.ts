import { SEARCHES, type SearchKind } from './advice-texts';
import type { ApiProcess } from './api-process';
import { ratio, round, type Figure } from './figures';
import { Latencies, median } from './latency';
import type { QueryAnswer, QueryClientJob } from './query-client.worker';
import type { Random } from './random';
import { runWorker } from './run-worker';

/** The history has warmed the API up already; these warm the list's own path and plans. */
const WARM_UP_REQUESTS = 30;

export interface ListLatency {
  readonly p50: number;
  readonly p99: number;
  readonly queries: number;
}

/** One search word's latency and what it found: the `total` of each answer (the rows of one municipality). */
export interface SearchLatency extends ListLatency {
  readonly kind: SearchKind;
  readonly hits: { readonly min: number; readonly median: number; readonly max: number };
  readonly emptyAnswers: number;
}

export interface AdviceListLatency {
  readonly events: number;
  /** One municipality's first page of the register, no search. */
  readonly plain: ListLatency & { readonly rows: { readonly min: number; readonly max: number } };
  /** The same pages with `q`, every search word together. */
  readonly searched: ListLatency;
  readonly byQuery: Readonly<Record<string, SearchLatency>>;
}

interface Request {
  readonly path: string;
  /** Null for the plain register. */
  readonly q: string | null;
}

/**
 * ListAdvice over HTTP, one request at a time from a worker thread, as the history is asked: one
 * municipality's first page (drawn at random, seeded), half of them plain and half searched
 * for a word of {@link SEARCHES}. The two kinds alternate at random in one run, so both meet
 * the same moments of a shared machine. A common word that finds nothing stops the run: that
 * figure would measure nothing. Each request carries `minPosition=0`, so the API computes every
 * answer (ADR 52 keeps the others until the next commit): this is the cost of a search that
 * was not asked since, beside P10's answers under load.
 */
export async function measureAdviceList(
  api: ApiProcess,
  municipalities: readonly string[],
  queries: number,
  events: number,
  random: Random,
): Promise<AdviceListLatency> {
  const draw = (): Request => {
    const municipality = `/api/v1/advice-trajectories?minPosition=0&municipalityCode=${random.pick(municipalities)}`;
    if (random.chance(0.5)) return { path: municipality, q: null };
    const { q } = random.pick(SEARCHES);
    return { path: `${municipality}&q=${encodeURIComponent(q)}`, q };
  };
  const warmUp = Array.from({ length: WARM_UP_REQUESTS }, draw);
  const measured = Array.from({ length: queries }, draw);
  const job: QueryClientJob = {
    baseUrl: api.baseUrl,
    authorization: await api.bearer(['official'], municipalities),
    warmUp: warmUp.map((r) => r.path),
    measured: measured.map((r) => r.path),
    readTotals: true,
  };
  const answers = await runWorker<QueryClientJob, QueryAnswer[]>('query-client', job);
  const of = (q: string | null): QueryAnswer[] => answers.filter((_, i) => measured[i]?.q === q);
  const plain = of(null);
  const byQuery = Object.fromEntries(SEARCHES.map(({ q, kind }) => [q, searchLatency(kind, of(q))]));
  for (const [q, found] of Object.entries(byQuery)) {
    if (found.kind === 'common' && found.emptyAnswers > 0) {
      throw new Error(`ListAdvice?q=${q} (a common word) found nothing ${found.emptyAnswers} times`);
    }
  }
  const plainRows = plain.map(totalOf);
  return {
    events,
    plain: { ...latency(plain), rows: { min: Math.min(...plainRows), max: Math.max(...plainRows) } },
    searched: latency(answers.filter((_, i) => measured[i]?.q !== null)),
    byQuery,
  };
}

/** No target in #17: the search's p99 is reported beside the plain register's, from the same run of requests. */
export function adviceSearchFigure(small: AdviceListLatency, large: AdviceListLatency): Figure {
  return {
    id: 'P4',
    name: `ListAdvice searched (q=) p99 at ${large.events} events`,
    value: round(large.searched.p99, 2),
    unit: 'ms',
    baseline: round(large.plain.p99, 2),
    baselineName: 'plain register p99, same run',
    ratio: ratio(large.searched.p99, large.plain.p99),
    target: 'none (reported)',
    met: null,
    details: { small, large },
  };
}

/** The log's lines for one store size: both kinds, then each search word with what it found. */
export function describeAdviceList(list: AdviceListLatency): string[] {
  const { plain, searched } = list;
  return [
    `P4 ListAdvice at ${list.events}: plain p50 ${plain.p50} ms p99 ${plain.p99} ms ` +
      `(${plain.rows.min}-${plain.rows.max} rows); searched p50 ${searched.p50} ms p99 ${searched.p99} ms`,
    ...Object.entries(list.byQuery).map(
      ([q, s]) =>
        `  q=${q} (${s.kind}): p50 ${s.p50} ms p99 ${s.p99} ms, ${s.queries} requests, ` +
        `hits ${s.hits.min}/${s.hits.median}/${s.hits.max} (min/median/max), ${s.emptyAnswers} empty`,
    ),
  ];
}

function searchLatency(kind: SearchKind, answers: readonly QueryAnswer[]): SearchLatency {
  const totals = answers.map(totalOf);
  return {
    kind,
    ...latency(answers),
    hits: { min: Math.min(...totals), median: median(totals), max: Math.max(...totals) },
    emptyAnswers: totals.filter((t) => t === 0).length,
  };
}

function latency(answers: readonly QueryAnswer[]): ListLatency {
  const measured = new Latencies();
  for (const { ms } of answers) measured.recordMs(ms);
  return { p50: measured.percentileMs(50), p99: measured.percentileMs(99), queries: measured.count };
}

function totalOf(answer: QueryAnswer): number {
  if (answer.total === null) throw new Error('a list answer came back without its total');
  return answer.total;
}

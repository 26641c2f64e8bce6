import type { ApiProcess } from './api-process';
import { ratio, round, type Figure } from './figures';
import { Latencies, median } from './latency';
import type { PacedCommandsJob, PacedCommandsResult } from './paced-commands.worker';
import { BARE_ROUTE, load, P2_P99_LIMIT_MS, RECORD_SIGNAL, searchMax, type Step, type Target } from './p2-ladder';
import { runWorker } from './run-worker';

/** The target since #16: RecordSignal's share of what the same HTTP stack answers doing no work. */
export const P2_CEILING_TARGET = 0.35;

/**
 * RecordSignal at an even pace (`pacedLoad`), each latency taken from when the schedule wanted
 * the command to leave, so a command held back by the cap in flight counts its wait too. The
 * commands leave from a worker thread, as P4's requests do, off this process's loop.
 */
async function pacedAt(api: ApiProcess, authorization: string, seconds: number, perSecond: number): Promise<Step> {
  const result = await runWorker<PacedCommandsJob, PacedCommandsResult>('paced-commands', {
    url: `${api.baseUrl}${RECORD_SIGNAL.path}`,
    authorization,
    body: RECORD_SIGNAL.body ?? '',
    perSecond,
    seconds,
    maxInFlight: 64,
  });
  const latency = new Latencies();
  for (const ms of result.latencies) latency.recordMs(ms);
  return {
    connections: 64,
    perSecond: round(result.sent / result.elapsedSeconds, 0),
    p50: round(latency.percentileMs(50), 2),
    p99: round(latency.percentileMs(99), 2),
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

const stepLine = (step: Step): string =>
  `${step.connections} connections: ${step.perSecond}/s p50 ${step.p50} ms p99 ${step.p99} ms non-2xx ${step.non2xx}`;

interface Turns {
  readonly ceiling: readonly Step[];
  readonly commands: readonly Step[];
}

/**
 * The ceiling and RecordSignal in turns at their best steps' connections, each RecordSignal
 * turn followed by the wait for the read models and followers, so that a ceiling turn never
 * shares the machine with the backlog of the turn before.
 */
async function takeTurns(
  api: ApiProcess,
  authorization: string,
  best: { ceiling: Step; commands: Step },
  settings: { secondsPerStep: number; rounds: number },
  log: (line: string) => void,
  settled: () => Promise<number>,
): Promise<Turns> {
  const ceiling: Step[] = [];
  const commands: Step[] = [];
  const turn = async (target: Target, connections: number, into: Step[], name: string): Promise<void> => {
    const step = await load(api, authorization, target, settings.secondsPerStep, connections);
    into.push(step);
    log(`P2 turn ${into.length} ${name} ${stepLine(step)}`);
  };
  for (let round = 0; round < settings.rounds; round += 1) {
    await turn(BARE_ROUTE, best.ceiling.connections, ceiling, 'ceiling');
    await turn(RECORD_SIGNAL, best.commands.connections, commands, 'RecordSignal');
    await settled();
  }
  return { ceiling, commands };
}

const medianRate = (steps: readonly Step[]): number =>
  round(median(steps.filter((s) => s.non2xx === 0 && s.errors === 0).map((s) => s.perSecond)), 0);

/**
 * P2: first the HTTP stack's ceiling, the same API's bare authenticated route on the same
 * ladder with the same token, while the API is idle; then RecordSignal on that ladder. Then both
 * take turns at their best steps (`takeTurns`): the figure is RecordSignal's median turn beside
 * the ceiling's median turn (the target since #16), and beside P1's appends through the port
 * (the target before, kept for comparison). Then a run at half that rate checks the latency there.
 */
export async function runP2(
  api: ApiProcess,
  /** P1's appends/s in the same run; `null` when P2 runs alone (`--commands`). */
  p1PortPerSecond: number | null,
  settings: { secondsPerStep: number; pacedSeconds: number; connections: readonly number[]; rounds: number },
  log: (line: string) => void,
  settled: () => Promise<number>,
): Promise<Figure[]> {
  const authorization = await api.bearer(['secretary'], ['GM0375']);
  const ceiling = await searchMax(api, authorization, BARE_ROUTE, settings, (step) =>
    log(`P2 ceiling (GET ${BARE_ROUTE.path}) ${stepLine(step)}`),
  );
  const commands = await searchMax(api, authorization, RECORD_SIGNAL, settings, (step) => log(`P2 ${stepLine(step)}`));
  // The last step overloaded the API on purpose, and the projector may still be folding its
  // backlog. The turns and the run at half the maximum start without one.
  log(`P2 read models and followers caught up on the last step in ${Math.round(await settled())} ms`);
  const turns =
    ceiling.best && commands.best
      ? await takeTurns(api, authorization, { ceiling: ceiling.best, commands: commands.best }, settings, log, settled)
      : { ceiling: [], commands: [] };
  const max = turns.commands.length > 0 ? medianRate(turns.commands) : 0;
  const top = turns.ceiling.length > 0 ? medianRate(turns.ceiling) : 0;
  log(`P2 RecordSignal ${max}/s of the HTTP stack's ceiling ${top}/s (GET ${BARE_ROUTE.path}), medians of the turns`);
  const half = await pacedAt(api, authorization, settings.pacedSeconds, Math.max(1, Math.round(max / 2)));
  log(`P2 at half the max (${Math.round(max / 2)}/s): ${half.perSecond}/s p50 ${half.p50} ms p99 ${half.p99} ms`);
  const vsCeiling = ratio(max, top);
  const details = { steps: commands.steps, bestConnections: commands.best?.connections ?? null, turns: turns.commands };
  const vsPort: Figure[] =
    p1PortPerSecond === null
      ? []
      : [
          {
            id: 'P2',
            name: 'RecordSignal over HTTP, max throughput',
            value: max,
            unit: 'commands/s',
            baseline: p1PortPerSecond,
            baselineName: 'P1 appends/s through the port',
            ratio: ratio(max, p1PortPerSecond),
            // Kept so runs before #16 compare; the target moved to the HTTP stack's ceiling below.
            target: 'none since #16 (was >= 0.35x P1)',
            met: null,
            details,
          },
        ];
  return [
    ...vsPort,
    {
      id: 'P2',
      name: "RecordSignal vs the HTTP stack's ceiling",
      value: max,
      unit: 'commands/s',
      baseline: top,
      baselineName: `GET ${BARE_ROUTE.path} max requests/s, same API, token and ladder`,
      ratio: vsCeiling,
      target: `>= ${P2_CEILING_TARGET}x the HTTP stack's ceiling`,
      met: vsCeiling >= P2_CEILING_TARGET && commands.best !== null && ceiling.best !== null,
      details: {
        ...details,
        ceilingRoute: `GET ${BARE_ROUTE.path} (GetCurrentCaller)`,
        ceilingSteps: ceiling.steps,
        ceilingBestConnections: ceiling.best?.connections ?? null,
        ceilingTurns: turns.ceiling,
      },
    },
    {
      id: 'P2',
      name: 'RecordSignal p99 at half the max throughput',
      value: half.p99,
      unit: 'ms',
      baseline: P2_P99_LIMIT_MS,
      baselineName: 'limit',
      ratio: ratio(half.p99, P2_P99_LIMIT_MS),
      target: `p99 <= ${P2_P99_LIMIT_MS} ms at half the max`,
      met: half.p99 <= P2_P99_LIMIT_MS && half.non2xx === 0,
      details: { ...half, rate: Math.round(max / 2) },
    },
  ];
}

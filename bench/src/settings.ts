/** How big and how long each part of a run is. */
export interface BenchSettings {
  readonly mode: 'quick' | 'full';
  readonly p1: { readonly rounds: number; readonly secondsPerRound: number };
  /** Events in the store for P4 (small, large); P3 rebuilds the large one. */
  readonly storeSizes: readonly [number, number];
  /** Stories recorded through the real command pipeline; the rest of the store copies them. */
  readonly templates: number;
  /**
   * Which store's audit trail is walked once it is generated: the quick run walks its whole
   * store; the full run the small one, as walking 1M events would add minutes to it.
   */
  readonly verifyStoreAt: 'small' | 'large';
  /**
   * `pacedSeconds` is the run at half the maximum. Its p99 is the figure, and a single stall of
   * the machine moves the p99 of a few seconds' commands, so it runs longer than a step.
   * `rounds`: after both ladders, the ceiling and RecordSignal take turns at their best steps
   * this many times, and the ratio is of the medians: one ladder each met different moments of
   * a shared machine.
   */
  readonly p2: {
    readonly secondsPerStep: number;
    readonly pacedSeconds: number;
    readonly connections: readonly number[];
    readonly rounds: number;
  };
  /**
   * `queries` asks for histories; `listQueries` for ListAdvice pages, half plain and half searched.
   * A plain page counts and sorts all of one municipality's rows, so each takes far longer than a
   * history: fewer of them.
   */
  readonly p4: { readonly queries: number; readonly listQueries: number };
  readonly p5: { readonly seconds: number; readonly perSecond: number };
  /**
   * P7's appends with and without the checkpointer, in turns. A round of P1's writers on a
   * shared machine moves by 10-20% from the one before (session 12), as much as the cost
   * measured: more rounds than P1's, so the medians stand still.
   */
  readonly p7: { readonly rounds: number; readonly secondsPerRound: number };
  /** The public trajectory page and the searched register beside the bare route, 32 readers at once. */
  readonly p10: { readonly connections: number; readonly rounds: number; readonly secondsPerRound: number };
}

export const FULL: BenchSettings = {
  mode: 'full',
  p1: { rounds: 3, secondsPerRound: 10 },
  storeSizes: [100_000, 1_000_000],
  templates: 1_000,
  verifyStoreAt: 'small',
  p2: { secondsPerStep: 10, pacedSeconds: 30, connections: [1, 2, 4, 8, 16, 32, 64, 128], rounds: 3 },
  p4: { queries: 2_000, listQueries: 300 },
  p5: { seconds: 60, perSecond: 500 },
  p7: { rounds: 6, secondsPerRound: 10 },
  p10: { connections: 32, rounds: 3, secondsPerRound: 10 },
};

export const QUICK: BenchSettings = {
  mode: 'quick',
  p1: { rounds: 2, secondsPerRound: 4 },
  storeSizes: [20_000, 200_000],
  templates: 300,
  verifyStoreAt: 'large',
  p2: { secondsPerStep: 4, pacedSeconds: 10, connections: [1, 4, 16, 64], rounds: 3 },
  p4: { queries: 500, listQueries: 200 },
  p5: { seconds: 15, perSecond: 500 },
  p7: { rounds: 6, secondsPerRound: 4 },
  p10: { connections: 32, rounds: 2, secondsPerRound: 5 },
};

/** A store size given on the command line (`--evidence-events N`, `--pages-events N`), else `small`. */
export function storeSizeFlag(flag: string, small: number, argv: readonly string[] = process.argv): number {
  const at = argv.indexOf(flag);
  const events = at >= 0 ? Number(argv[at + 1]) : small;
  if (!Number.isInteger(events) || events <= 0) throw new Error(`${flag} wants a whole number of events`);
  return events;
}

/** How far a long piece of work is: `done` of `total` items, when the total is known. */
export interface WorkProgress {
  readonly done: number;
  readonly total: number | null;
  readonly startedAt: number;
}

/**
 * A progress line on stderr: a bar redrawn in place on a terminal; elsewhere (a log, a pipe) a
 * plain line every few seconds, so the output stays readable.
 */
export class ProgressLine {
  private lastWrite = 0;
  private pending: WorkProgress | null = null;
  private drawn = false;

  constructor(
    private readonly out: NodeJS.WriteStream,
    private readonly unit: string,
  ) {}

  update(progress: WorkProgress): void {
    this.pending = progress;
    const now = Date.now();
    if (now - this.lastWrite < (this.out.isTTY ? 100 : 3_000)) return;
    this.lastWrite = now;
    this.write(progress);
  }

  /** Shows the last progress, and ends the line. */
  end(): void {
    if (this.pending) this.write(this.pending);
    if (this.drawn && this.out.isTTY) this.out.write('\n');
    this.pending = null;
    this.drawn = false;
  }

  private write(progress: WorkProgress): void {
    this.pending = null;
    const line = this.describe(progress);
    if (!this.out.isTTY) {
      this.out.write(`${line}\n`);
      return;
    }
    this.out.write(`\r${line}\x1b[K`);
    this.drawn = true;
  }

  private describe({ done, total, startedAt }: WorkProgress): string {
    const elapsedMs = Math.max(1, Date.now() - startedAt);
    const perSecond = Math.round((done * 1000) / elapsedMs);
    const rate = `${count(perSecond)} ${this.unit}/s`;
    if (total === null) return `${count(done)} ${this.unit}  ${rate}`;
    const share = total > 0 ? Math.min(1, done / total) : 1;
    const filled = Math.round(share * 30);
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(30 - filled)}]`;
    const percent = `${Math.floor(share * 100)}%`.padStart(4);
    const etaMs = perSecond > 0 ? (Math.max(0, total - done) * 1000) / perSecond : null;
    const eta = etaMs === null ? '--:--' : duration(etaMs);
    return `${bar} ${percent} ${count(done)}/${count(total)} ${this.unit}  ${rate}  ETA ${eta}`;
  }
}

function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

export function count(n: number): string {
  return n.toLocaleString('en-US');
}

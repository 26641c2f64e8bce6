import type { BrokenLink, GlobalPosition, StreamRevision } from '#event-store';

/** What the last walk of one stream's hash chain found. */
export interface VerifiedStream {
  readonly streamId: string;
  /** The municipalities its first event names; none for streams of no municipality. */
  readonly owners: readonly string[];
  /** Its first event failed its check, so it cannot say whose stream it is: in every scope. */
  readonly firstEventBroken: boolean;
  readonly checked: number;
  readonly unchained: number;
  /** The last revision walked; a head beyond it sends the stream to be walked again. */
  readonly lastRevision: StreamRevision;
  readonly lastPosition: GlobalPosition | null;
  readonly firstBroken: BrokenLink | null;
}

/** The verification as a caller's municipalities see it. */
export interface TrailSummary {
  readonly checked: number;
  readonly unchained: number;
  readonly streams: number;
  readonly throughPosition: GlobalPosition | null;
  readonly firstBroken: BrokenLink | null;
}

/**
 * Where audit-trail verification keeps what it has walked, so each request walks only what is
 * new since (issue #22, point 6): the position through which every event's stream was walked,
 * and each stream's outcome.
 */
export interface VerifiedTrailStore {
  throughPosition(): Promise<GlobalPosition | null>;
  /** Each walked stream's last revision, for comparing with the store's heads. */
  lastRevisions(): Promise<Map<string, StreamRevision>>;
  /** Records walked streams and moves the position on (never back); a rival's save wins. */
  save(throughPosition: GlobalPosition | null, streams: readonly VerifiedStream[]): Promise<void>;
  /** Totals over the streams in scope: of none, of one of these municipalities, or with a broken first event. */
  summary(municipalities: readonly string[]): Promise<TrailSummary>;
}

/** In this process only: for tests and for a store without PostgreSQL beside it. */
export class InMemoryVerifiedTrail implements VerifiedTrailStore {
  private through: GlobalPosition | null = null;
  private readonly streams = new Map<string, VerifiedStream>();

  throughPosition(): Promise<GlobalPosition | null> {
    return Promise.resolve(this.through);
  }

  lastRevisions(): Promise<Map<string, StreamRevision>> {
    return Promise.resolve(new Map([...this.streams.values()].map((s) => [s.streamId, s.lastRevision])));
  }

  save(throughPosition: GlobalPosition | null, streams: readonly VerifiedStream[]): Promise<void> {
    for (const stream of streams) this.streams.set(stream.streamId, stream);
    if (throughPosition !== null && (this.through === null || throughPosition > this.through)) {
      this.through = throughPosition;
    }
    return Promise.resolve();
  }

  summary(municipalities: readonly string[]): Promise<TrailSummary> {
    return Promise.resolve(summarise([...this.streams.values()], municipalities));
  }
}

/** Whether a stream counts for a caller acting for these municipalities. */
export function inScope(stream: VerifiedStream, municipalities: readonly string[]): boolean {
  return stream.firstEventBroken || stream.owners.length === 0 || stream.owners.some((o) => municipalities.includes(o));
}

/** The totals of {@link VerifiedTrailStore.summary}: the first broken link is the one with the lowest position. */
export function summarise(streams: readonly VerifiedStream[], municipalities: readonly string[]): TrailSummary {
  const counted = streams.filter((stream) => inScope(stream, municipalities));
  let firstBroken: BrokenLink | null = null;
  let throughPosition: GlobalPosition | null = null;
  for (const stream of counted) {
    if (stream.lastPosition !== null && (throughPosition === null || stream.lastPosition > throughPosition)) {
      throughPosition = stream.lastPosition;
    }
    const broken = stream.firstBroken;
    if (broken && (firstBroken === null || earlier(broken, firstBroken))) firstBroken = broken;
  }
  return {
    checked: counted.reduce((sum, s) => sum + s.checked, 0),
    unchained: counted.reduce((sum, s) => sum + s.unchained, 0),
    streams: counted.length,
    throughPosition,
    firstBroken,
  };
}

/** A missing event (no position) sorts after every event found. */
function earlier(a: BrokenLink, b: BrokenLink): boolean {
  if (a.position === null) return false;
  return b.position === null || a.position < b.position;
}

import type { Command, Decider, DomainEvent } from '#domain';
import {
  StreamChangedError,
  WrongExpectedRevisionError,
  type EventMetadata,
  type EventStore,
  type RecordedEvent,
  type StreamAtRevision,
} from '#event-store';
import { ConcurrentChangeError, StaleRevisionError } from '../application-errors';
import { StreamReader, type LoadedStream } from './stream-reader';

export interface HandleCommandOptions<TState, TCommand extends Command = Command> {
  /** The revision the caller last saw (`If-Match`); a different current revision is refused. */
  readonly expectedRevision?: number;
  /** Id of the n-th event this command appends. */
  readonly eventId: (index: number) => string;
  /** True when ids are derived from an idempotency key, so a retry can be recognised. */
  readonly idempotent: boolean;
  readonly metadata: (state: TState) => EventMetadata;
  /**
   * Checks that need the current state: tenancy, rules across streams. It may answer the
   * command completed with facts from other streams, which is then the one decided.
   */
  readonly beforeDecide?: (loaded: LoadedStream<TState>) => Promise<TCommand | void>;
  /** Runs after a successful decide and before the append. */
  readonly beforeAppend?: () => Promise<void>;
  /**
   * The command makes its stream: decide on the empty stream and append as `no_stream` without
   * reading first. Only without an expected revision and without `beforeAppend`, whose effect
   * could not be taken back.
   */
  readonly assumeNew?: boolean;
  /**
   * Other streams the decision judged, at the revisions judged, asked for when appending: the
   * store refuses the append (`StreamChangedError`) if any moved on (ADR 47).
   */
  readonly unchangedStreams?: () => readonly StreamAtRevision[];
}

export interface HandledCommand {
  readonly revision: number;
  readonly position: bigint;
  readonly created: boolean;
}

/**
 * Read the stream, fold it, decide, append at the revision that was read. A concurrent
 * writer makes the append fail: the caller hears of it (412 with `If-Match`, 409 without)
 * instead of a silent retry over a state they never saw.
 */
export async function handleCommand<TCommand extends Command, TEvent extends DomainEvent, TState>(
  store: EventStore,
  streamId: string,
  decider: Decider<TCommand, TEvent, TState>,
  command: TCommand,
  options: HandleCommandOptions<TState, TCommand>,
): Promise<HandledCommand> {
  if (options.assumeNew) {
    const created = await createUnread(store, streamId, decider, command, options);
    if (created) return created;
  }
  const loaded = await new StreamReader(store).load(streamId, decider);
  const replay = options.idempotent ? findReplay(loaded.events, options.eventId) : null;
  if (replay) return replay;
  if (options.expectedRevision !== undefined && options.expectedRevision !== loaded.revision) {
    throw new StaleRevisionError(streamId, options.expectedRevision, loaded.revision);
  }
  const completed = (await options.beforeDecide?.(loaded)) ?? command;
  const events = decider.decide(completed, loaded.state);
  const last = loaded.events.at(-1);
  if (events.length === 0 && last) return { revision: last.streamRevision, position: last.position, created: false };
  await options.beforeAppend?.();
  try {
    return await append(store, streamId, events, loaded, options);
  } catch (error) {
    if (!(error instanceof WrongExpectedRevisionError)) throw error;
    if (options.expectedRevision !== undefined) {
      throw new StaleRevisionError(streamId, options.expectedRevision, error.actual);
    }
    throw new ConcurrentChangeError(streamId);
  }
}

/**
 * A creating command tried on the empty stream, saving the read of a stream that almost always
 * does not exist yet. Anything but success — the stream exists, a rule or the decider refuses,
 * the store fails — answers `null`, and the command runs again the usual way, from the stream as
 * read, so its answer is exactly the one it would have had. A retry under the same idempotency
 * key is answered by the store itself, with the first append's result (ADR 0015).
 */
async function createUnread<TCommand extends Command, TEvent extends DomainEvent, TState>(
  store: EventStore,
  streamId: string,
  decider: Decider<TCommand, TEvent, TState>,
  command: TCommand,
  options: HandleCommandOptions<TState, TCommand>,
): Promise<HandledCommand | null> {
  if (options.expectedRevision !== undefined || options.beforeAppend) return null;
  const empty: LoadedStream<TState> = { state: decider.initialState(), revision: null, events: [] };
  try {
    const completed = (await options.beforeDecide?.(empty)) ?? command;
    const events = decider.decide(completed, empty.state);
    if (events.length === 0) return null;
    return await append(store, streamId, events, empty, options);
  } catch (error) {
    // A rule judged a stream that moved on: the caller runs the whole command again.
    if (error instanceof StreamChangedError) throw error;
    return null;
  }
}

async function append<TEvent extends DomainEvent, TState>(
  store: EventStore,
  streamId: string,
  events: readonly TEvent[],
  loaded: LoadedStream<TState>,
  options: HandleCommandOptions<TState>,
): Promise<HandledCommand> {
  const metadata = options.metadata(loaded.state);
  const toAppend = events.map((event, index) => ({
    eventId: options.eventId(index),
    type: event.type,
    data: event.data,
    metadata,
  }));
  const unchangedStreams = options.unchangedStreams?.() ?? [];
  const result = await store.appendToStream(streamId, toAppend, {
    expectedRevision: loaded.revision ?? 'no_stream',
    ...(unchangedStreams.length > 0 ? { unchangedStreams } : {}),
  });
  return { revision: result.nextExpectedRevision, position: result.position, created: loaded.revision === null };
}

/** A retry finds the events its first attempt appended: answer what that attempt answered. */
function findReplay(events: readonly RecordedEvent[], eventId: (index: number) => string): HandledCommand | null {
  const first = events.findIndex((e) => e.eventId === eventId(0));
  if (first < 0) return null;
  let last = first;
  while (events[last + 1]?.eventId === eventId(last + 1 - first)) last += 1;
  const lastEvent = events[last] as RecordedEvent;
  return {
    revision: lastEvent.streamRevision,
    position: lastEvent.position,
    created: (events[first] as RecordedEvent).streamRevision === 0,
  };
}

import type { Command, Decider, DomainEvent } from '#domain';
import type { StreamAtRevision } from '#event-store';
import type { StreamState } from './stream-reader';
import type { RememberedStreams, RuleStreams } from './rule-streams';

/**
 * The streams one command's rules look at (ADR 47). A stream the handler remembers is judged
 * as remembered, without a read; the command's append then names every stream it judged, at
 * the revision judged, so the store refuses the append if any moved on meanwhile, and the
 * command runs again on what the store holds. A remembered state costs no round trip, and a
 * rule is judged on exactly the state its append commits beside.
 */
export class CommandRules implements RuleStreams {
  private readonly judged = new Map<string, number | null>();

  constructor(private readonly streams: RememberedStreams) {}

  async load<TEvent extends DomainEvent, TState>(
    streamId: string,
    decider: Pick<Decider<Command, TEvent, TState>, 'evolve' | 'initialState'>,
  ): Promise<StreamState<TState>> {
    const loaded = this.streams.remembered<TState>(streamId, decider) ?? (await this.streams.load(streamId, decider));
    // A stream judged twice by one command is named once, at the first revision judged.
    if (!this.judged.has(streamId)) this.judged.set(streamId, loaded.revision);
    return loaded;
  }

  /** Every stream judged, except the command's own, which its expected revision guards. */
  unchangedStreams(ownStreamId: string): StreamAtRevision[] {
    return [...this.judged]
      .filter(([streamId]) => streamId !== ownStreamId)
      .map(([streamId, revision]) => ({ streamId, revision }));
  }
}

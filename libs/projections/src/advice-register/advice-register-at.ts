import { adviceTrajectoryStreamId } from '#domain';
import type { EventStore, GlobalPosition } from '#event-store';
import type { AdviceRegisterDoc } from './advice-register.doc';
import { adviceRegister } from './advice-register.projection';

const BATCH = 1_000;
const ATTACHED = 'AdviceAttachedToCouncilProposal';

/**
 * The advice register rows of every trajectory attached to `proposalRef` by global position
 * `at`, as they stood then: folded from the event store, because the read model only knows
 * the present. The same position always gives the same rows, which is what makes a council
 * report reproducible. Ordered like the read model's report: by start, then id.
 */
export async function adviceForProposalAt(
  store: EventStore,
  proposalRef: string,
  at: GlobalPosition,
): Promise<AdviceRegisterDoc[]> {
  const docs: AdviceRegisterDoc[] = [];
  for (const trajectoryId of await trajectoriesAttachedBy(store, proposalRef, at)) {
    let doc: AdviceRegisterDoc | null = null;
    for (const event of await store.readStream(adviceTrajectoryStreamId(trajectoryId))) {
      if (event.position > at) break;
      if (adviceRegister.eventTypes.includes(event.type)) doc = adviceRegister.evolve(doc, event, trajectoryId);
    }
    if (doc) docs.push(doc);
  }
  return docs.sort((a, b) =>
    a.startedAt === b.startedAt ? compare(a.trajectoryId, b.trajectoryId) : compare(a.startedAt, b.startedAt),
  );
}

/** Ids of the trajectories attached to the proposal at or before `at`, from the attachments alone. */
async function trajectoriesAttachedBy(store: EventStore, proposalRef: string, at: GlobalPosition): Promise<string[]> {
  const ids = new Set<string>();
  const filter = { streamIdPrefixes: [adviceTrajectoryStreamId('')], eventTypePrefixes: [ATTACHED] };
  let after: GlobalPosition | undefined;
  for (;;) {
    const batch = await store.readAll({ after, maxCount: BATCH, filter });
    for (const event of batch) {
      if (event.position > at) return [...ids];
      const data = event.data as { trajectoryId: string; proposalRef: string };
      if (event.type === ATTACHED && data.proposalRef === proposalRef) ids.add(data.trajectoryId);
    }
    const last = batch.at(-1);
    if (!last || batch.length < BATCH) return [...ids];
    after = last.position;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

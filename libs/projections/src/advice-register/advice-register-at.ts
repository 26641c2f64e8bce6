import { adviceTrajectoryStreamId } from '#domain';
import type { EventStore, GlobalPosition } from '#event-store';
import type { ReadModels } from '../queries/read-models';
import type { AdviceRegisterDoc } from './advice-register.doc';
import { adviceRegister } from './advice-register.projection';

/** Far more trajectories than are ever attached to proposals of one reference; bounds a request's work. */
export const MOST_TRAJECTORIES_PER_PROPOSAL = 1_000;

/** How many trajectory streams one request reads at a time. */
const STREAMS_AT_ONCE = 4;

/** What the pinned fold needs of the read models: to wait for the register, and to list its rows. */
export type AdviceRegisterReader = Pick<ReadModels, 'waitFor' | 'list'>;

/**
 * The advice register rows of every trajectory attached to `proposalRef` by global position
 * `at`, as they stood then: each row folded from its own stream up to `at`, because the read
 * model only knows the present. The same position always gives the same rows, which is what
 * makes a council report reproducible. Ordered like the read model's report: by start, then id.
 *
 * Which trajectories to fold comes from the register, once it has applied `at`: an attachment
 * is never undone, so every trajectory attached by then is attached now (and one attached later
 * folds to a row without the proposal, which is left out). The work is bounded by the
 * trajectories attached to the reference and their streams, never by the length of `$all`.
 */
export async function adviceForProposalAt(
  readModels: AdviceRegisterReader,
  store: EventStore,
  proposalRef: string,
  at: GlobalPosition,
): Promise<AdviceRegisterDoc[]> {
  const ids = await trajectoriesAttachedNow(readModels, proposalRef, at);
  const docs: AdviceRegisterDoc[] = [];
  for (let i = 0; i < ids.length; i += STREAMS_AT_ONCE) {
    const folded = await Promise.all(ids.slice(i, i + STREAMS_AT_ONCE).map((id) => foldUpTo(store, id, at)));
    for (const doc of folded) {
      if (doc?.proposals.some((p) => p.proposalRef === proposalRef)) docs.push(doc);
    }
  }
  return docs.sort((a, b) =>
    a.startedAt === b.startedAt ? compare(a.trajectoryId, b.trajectoryId) : compare(a.startedAt, b.startedAt),
  );
}

/** Ids of the register's rows attached to the reference (in any municipality), once it has applied `at`. */
async function trajectoriesAttachedNow(
  readModels: AdviceRegisterReader,
  proposalRef: string,
  at: GlobalPosition,
): Promise<string[]> {
  await readModels.waitFor([adviceRegister.name], at);
  const { items } = await readModels.list<AdviceRegisterDoc>(adviceRegister.name, {
    where: [["r.doc->'proposals' @> ?::jsonb", JSON.stringify([{ proposalRef }])]],
    orderBy: 'r.id',
    offset: 0,
    limit: MOST_TRAJECTORIES_PER_PROPOSAL,
  });
  return items.map((doc) => doc.trajectoryId);
}

/** The trajectory's register row as it stood at `at`; `null` when it did not exist yet. */
async function foldUpTo(
  store: EventStore,
  trajectoryId: string,
  at: GlobalPosition,
): Promise<AdviceRegisterDoc | null> {
  let doc: AdviceRegisterDoc | null = null;
  for (const event of await store.readStream(adviceTrajectoryStreamId(trajectoryId))) {
    if (event.position > at) break;
    if (adviceRegister.eventTypes.includes(event.type)) doc = adviceRegister.evolve(doc, event, trajectoryId);
  }
  return doc;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

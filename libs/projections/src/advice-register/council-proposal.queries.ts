import type { EventStore, GlobalPosition } from '#event-store';
import type { ReadModels } from '../queries/read-models';
import { addressedToOf, councilOf, type AdviceRegisterDoc, type ProposalEntry } from './advice-register.doc';
import { adviceForProposalAt, type AdviceRegisterReader } from './advice-register-at';
import { adviceRegister } from './advice-register.projection';
import { ADDRESSED_TO } from './advice-register.sql';

/** Far more advice than one council proposal ever carries; the report is not paged. */
const MOST_ADVICE_PER_PROPOSAL = 1_000;

export interface ProposalAdviceRequest {
  /** The council proposal's reference, as the advice was attached to it. */
  readonly proposalRef: string;
  /** Only proposals to the councils of these municipalities; of every one when `undefined` (the public). */
  readonly municipalities: readonly string[] | undefined;
}

/** One advice attached to one municipality's council proposal: a reference is unique within a municipality only. */
export interface ProposalAdviceEntry {
  readonly doc: AdviceRegisterDoc;
  readonly proposal: ProposalEntry;
  /** The municipality whose council the proposal is for. */
  readonly municipalityCode: string;
}

/**
 * Each advice's attachment to a proposal with this reference in one of the municipalities
 * (every one when `undefined`): one entry per municipality's proposal, never merged.
 */
export function proposalEntries(
  docs: readonly AdviceRegisterDoc[],
  proposalRef: string,
  municipalities: readonly string[] | undefined,
): ProposalAdviceEntry[] {
  return docs.flatMap((doc) =>
    doc.proposals.flatMap((proposal) => {
      const municipalityCode = councilOf(doc, proposal);
      const wanted =
        proposal.proposalRef === proposalRef && (!municipalities || municipalities.includes(municipalityCode));
      return wanted ? [{ doc, proposal, municipalityCode }] : [];
    }),
  );
}

/** The advice attached to the proposal as it stands now, once the register has applied `minPosition`; by start. */
export async function adviceForProposal(
  readModels: ReadModels,
  request: ProposalAdviceRequest & { readonly minPosition?: bigint },
): Promise<AdviceRegisterDoc[]> {
  await readModels.waitFor([adviceRegister.name], request.minPosition);
  const { municipalities, proposalRef } = request;
  const { items } = await readModels.list<AdviceRegisterDoc>(adviceRegister.name, {
    where: [
      ...(municipalities ? [[`jsonb_exists_any(${ADDRESSED_TO}, ?::text[])`, municipalities] as const] : []),
      ["r.doc->'proposals' @> ?::jsonb", JSON.stringify([{ proposalRef }])],
    ],
    orderBy: "r.doc->>'startedAt', r.id",
    offset: 0,
    limit: MOST_ADVICE_PER_PROPOSAL,
  });
  return items;
}

/** The advice attached to a proposal, or why there is none: the pinned position is not recorded yet (`head` is the store's). */
export type ProposalAdvice =
  | { readonly recorded: true; readonly advice: AdviceRegisterDoc[] }
  | { readonly recorded: false; readonly head: GlobalPosition | null };

/**
 * The advice attached to the proposal as it stood at global position `at`, folded from the
 * streams of the trajectories the register names (sealed: no read model ever holds plain
 * personal data). Only a position already recorded can be pinned: later events could still
 * take a smaller position until then, and the report would not be reproducible.
 */
export async function adviceForProposalPinned(
  readModels: AdviceRegisterReader,
  store: EventStore,
  request: ProposalAdviceRequest & { readonly at: GlobalPosition },
  wait: { readonly waitMs?: number; readonly pollMs?: number } = {},
): Promise<ProposalAdvice> {
  const { at, municipalities } = request;
  const head = await readableHead(store, at, wait.waitMs ?? 5_000, wait.pollMs ?? 20);
  if (head === null || at > head) return { recorded: false, head };
  const docs = await adviceForProposalAt(readModels, store, request.proposalRef, at);
  const advice = municipalities
    ? docs.filter((doc) => addressedToOf(doc).some((code) => municipalities.includes(code)))
    : docs;
  return { recorded: true, advice };
}

/**
 * The store's readable head, waiting up to `waitMs` for it to reach `at` (as `minPosition`
 * waits for read models): a command's own position can stay just above the head while another
 * transaction is still open, and a client pinning to the position it was just given should get
 * its report.
 */
async function readableHead(
  store: EventStore,
  at: GlobalPosition,
  waitMs: number,
  pollMs: number,
): Promise<GlobalPosition | null> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const head = await store.headPosition();
    if ((head !== null && head >= at) || Date.now() > deadline) return head;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/**
 * The advice for a council proposal's report: as it stands now from the advice register (once
 * it has applied `minPosition`), or with `at` as it stood then, folded from the trajectories' streams.
 */
export async function councilProposalAdvice(
  readModels: ReadModels,
  store: EventStore,
  request: ProposalAdviceRequest & { readonly minPosition?: bigint; readonly at?: GlobalPosition },
): Promise<ProposalAdvice> {
  const { at } = request;
  if (at === undefined) return { recorded: true, advice: await adviceForProposal(readModels, request) };
  return adviceForProposalPinned(readModels, store, { ...request, at });
}

import { checkpointsOfPositions } from '#evidence';
import type { ReadModels } from '#projections';
import type { Storage } from '#runtime';
import { GetInfluenceChainController } from '../advice-trajectory/get-influence-chain/get-influence-chain.controller';
import { GetTrajectoryHistoryController } from '../advice-trajectory/get-trajectory-history/get-trajectory-history.controller';
import { GetTrajectoryHistoryQueryDto } from '../advice-trajectory/get-trajectory-history/get-trajectory-history.query.dto';
import { ListTrajectoryDocumentsController } from '../documents/list-documents/list-trajectory-documents.controller';
import { knownProblemOf } from '../http/problem-details.filter';
import { PageQueryDto, PositionQueryDto } from '../http/query.dto';
import { ListMunicipalitiesController } from '../municipality/list-municipalities/list-municipalities.controller';
import type { ApiResult } from '../web/api/api-client';
import type { PublicReads } from '../web/public/public-reads';
import type { Viewer } from './viewer';

const PUBLIC: Viewer = { kind: 'public' };

/** The largest page ListMunicipalities gives. */
const MUNICIPALITY_PAGE = 200;

/**
 * The public pages' reads, answered by the API's own query handlers for a tokenless viewer:
 * the same rules, the same presenters, the same refusals, but no loopback HTTP call (a page
 * made six, each through the whole HTTP stack twice: #19's bench). What the pages may not
 * reach themselves (the event store, the evidence log) they reach through this port; the
 * checkpoints' times are the evidence log's light read, not GetTrajectoryCheckpoints' proofs.
 */
export function publicReads(readModels: ReadModels, storage: Storage): PublicReads {
  const chain = new GetInfluenceChainController(readModels);
  const history = new GetTrajectoryHistoryController(storage);
  const documents = new ListTrajectoryDocumentsController(readModels);
  const municipalities = new ListMunicipalitiesController(readModels);
  return {
    influenceChain: (id, minPosition) => answer(() => chain.getInfluenceChain(id, positionQuery(minPosition), PUBLIC)),
    history: (id, asOf) =>
      answer(() =>
        history.getTrajectoryHistory(id, Object.assign(new GetTrajectoryHistoryQueryDto(), { asOf }), PUBLIC),
      ),
    // Only the times: GetTrajectoryCheckpoints' proofs hash every event's Merkle path, a fifth
    // of the page's work in #19's bench, for a page that shows when each event was signed.
    checkpoints: (id, positions) =>
      answer(async () => {
        const found = await checkpointsOfPositions(storage.database, positions.map(BigInt));
        const events = found.map((event) => ({
          position: Number(event.position),
          checkpointSignedAt: event.signedAt.toISOString(),
        }));
        return { trajectoryId: id, events };
      }),
    documents: (id, minPosition) =>
      answer(() => documents.listTrajectoryDocuments(id, positionQuery(minPosition), PUBLIC)),
    municipalities: () =>
      answer(async () => {
        const items = [];
        for (;;) {
          const query = Object.assign(new PageQueryDto(), { offset: items.length, limit: MUNICIPALITY_PAGE });
          const page = await municipalities.listMunicipalities(query, PUBLIC);
          items.push(...page.items);
          // A list that shrank meanwhile ends where its pages do.
          if (items.length >= page.total || page.items.length === 0) return items;
        }
      }),
  };
}

function positionQuery(minPosition: string | undefined): PositionQueryDto {
  return Object.assign(new PositionQueryDto(), minPosition === undefined ? {} : { minPosition: BigInt(minPosition) });
}

/**
 * The handler's answer as the API client gives it: a refusal the API would answer with a
 * problem stays one (a 404 page, a 503 while the read model catches up); anything unexpected
 * is thrown, for the page's filter to log and answer 500, as the API's would.
 */
async function answer<T>(handle: () => Promise<unknown>): Promise<ApiResult<T>> {
  try {
    // The pages' types describe the API's answers as the API client reads them (`json() as T`).
    return { ok: true, status: 200, body: (await handle()) as T };
  } catch (error) {
    const problem = knownProblemOf(error);
    if (problem === undefined) throw error;
    return { ok: false, status: problem.status, problem };
  }
}

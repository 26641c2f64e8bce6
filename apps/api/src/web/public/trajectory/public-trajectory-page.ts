import type { Request, Response } from 'express';
import type { ApiClient, ApiResult } from '../../api/api-client';
import type { Municipality, TrajectoryHistory } from '../../api/api-types';
import type { TrajectoryRecord } from '../../api/record-types';
import { answerOf } from '../../page/answer-of';
import type { PageContext, PageContextFactory } from '../../page/page-context';
import { endOfDayInAmsterdam } from '../council-report/as-of-date';
import { uuidOrNotFound } from '../page-params';
import { publicApi } from '../public-api';
import type { PublicReads } from '../public-reads';
import type { TrajectoryCheckpoints } from './event-checkpoint';

/**
 * What every public page about one trajectory starts from: an id shaped as one (404
 * otherwise), the page's context, and what the public may read (no token), so the page holds
 * exactly what the council may see. The reads are the API's public answers made in this
 * process; `api` is the API as the public asks it, for what those reads do not cover.
 */
export class PublicTrajectoryPage {
  private constructor(
    readonly trajectoryId: string,
    readonly context: PageContext,
    readonly api: ApiClient,
    readonly reads: PublicReads,
  ) {}

  static async open(
    pages: PageContextFactory,
    reads: PublicReads,
    request: Request,
    response: Response,
    trajectoryId: string,
  ): Promise<PublicTrajectoryPage> {
    uuidOrNotFound(trajectoryId);
    const context = await pages.create(request, response);
    return new PublicTrajectoryPage(trajectoryId, context, publicApi(request), reads);
  }

  /** The trajectory's history as it stands now (GetTrajectoryHistory). */
  history(): Promise<ApiResult<TrajectoryHistory & TrajectoryRecord>> {
    return this.reads.history(this.trajectoryId);
  }

  /**
   * The history as it stands now, and when each of its events was first signed into a checkpoint
   * (read from the history's own positions, so the stream is read once); no checkpoints without a history.
   */
  async historyWithCheckpoints(): Promise<
    [ApiResult<TrajectoryHistory & TrajectoryRecord>, ApiResult<TrajectoryCheckpoints> | undefined]
  > {
    const history = await this.history();
    if (!history.ok) return [history, undefined];
    const positions = history.body.events.map((event) => event.position);
    return [history, await this.reads.checkpoints(this.trajectoryId, positions)];
  }

  /** The history as it stood at the end of `date`; undefined when the trajectory had not started by then. */
  async historyAsOf(date: string): Promise<TrajectoryRecord | undefined> {
    const result = await this.reads.history(this.trajectoryId, new Date(endOfDayInAmsterdam(date)));
    if (!result.ok && result.status === 404) return undefined;
    return answerOf(result);
  }

  /** Every municipality the public may see, or undefined when the list cannot be had. */
  async municipalities(): Promise<readonly Municipality[] | undefined> {
    const result = await this.reads.municipalities();
    return result.ok ? result.body : undefined;
  }

  /** The municipality's name; its code when the list cannot be had. */
  async municipalityName(code: string): Promise<string> {
    return nameIn(await this.municipalities(), code);
  }
}

/** The municipality's name in `municipalities`; its code when it is not there. */
export function nameIn(municipalities: readonly Municipality[] | undefined, code: string): string {
  return municipalities?.find((m) => m.code === code)?.name ?? code;
}

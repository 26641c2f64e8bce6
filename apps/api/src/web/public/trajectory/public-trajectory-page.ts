import type { Request, Response } from 'express';
import type { ApiClient, ApiResult } from '../../api/api-client';
import type { Municipality } from '../../api/api-types';
import type { TrajectoryRecord } from '../../api/record-types';
import { answerOf } from '../../page/answer-of';
import type { PageContext, PageContextFactory } from '../../page/page-context';
import { endOfDayInAmsterdam } from '../council-report/as-of-date';
import { loadMunicipalities } from '../municipalities';
import { uuidOrNotFound } from '../page-params';
import { publicApi } from '../public-api';

/**
 * What every public page about one trajectory starts from: an id shaped as one (404
 * otherwise), the page's context, and the API as the public asks it (no token), so the page
 * holds exactly what the council may see.
 */
export class PublicTrajectoryPage {
  private constructor(
    readonly trajectoryId: string,
    readonly context: PageContext,
    readonly api: ApiClient,
  ) {}

  static async open(
    pages: PageContextFactory,
    request: Request,
    response: Response,
    trajectoryId: string,
  ): Promise<PublicTrajectoryPage> {
    uuidOrNotFound(trajectoryId);
    const context = await pages.create(request, response);
    return new PublicTrajectoryPage(trajectoryId, context, publicApi(request));
  }

  /** The trajectory's history as it stands now (GetTrajectoryHistory). */
  history<T = TrajectoryRecord>(): Promise<ApiResult<T>> {
    return this.api.get<T>(`/advice-trajectories/${this.trajectoryId}/history`);
  }

  /** The history as it stood at the end of `date`; undefined when the trajectory had not started by then. */
  async historyAsOf(date: string): Promise<TrajectoryRecord | undefined> {
    const result = await this.api.get<TrajectoryRecord>(`/advice-trajectories/${this.trajectoryId}/history`, {
      asOf: endOfDayInAmsterdam(date),
    });
    if (!result.ok && result.status === 404) return undefined;
    return answerOf(result);
  }

  /** Every municipality the public may see, or undefined when the list cannot be had. */
  municipalities(): Promise<readonly Municipality[] | undefined> {
    return loadMunicipalities(this.api);
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

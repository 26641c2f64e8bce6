import { NotFoundException } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { ApiClient } from '../../api/api-client';
import type { CouncilProposalReport } from '../../api/api-types';
import { answerOf } from '../../page/answer-of';
import type { PageContext, PageContextFactory } from '../../page/page-context';
import { publicApi } from '../public-api';

/** The longest reference the API takes; a longer one names no page. */
const MAX_PROPOSAL_REF = 200;

export interface PublicProposalPage {
  readonly context: PageContext;
  readonly api: ApiClient;
  readonly report: CouncilProposalReport;
}

/** A reference that cannot name a proposal names no page: 404, as for one that does not exist. */
export function proposalRefOrNotFound(proposalRef: string): string {
  if (proposalRef.length === 0 || proposalRef.length > MAX_PROPOSAL_REF) throw new NotFoundException();
  return proposalRef;
}

/**
 * What every public page about a council proposal starts from: the page's context and the
 * proposal's report as the public may read it (GetCouncilProposalReport, no token), one
 * municipality's when `municipalityCode` says which.
 */
export async function openPublicProposalPage(
  pages: PageContextFactory,
  request: Request,
  response: Response,
  proposalRef: string,
  municipalityCode?: string,
): Promise<PublicProposalPage> {
  proposalRefOrNotFound(proposalRef);
  const context = await pages.create(request, response);
  const api = publicApi(request);
  const report = answerOf(
    await api.get<CouncilProposalReport>(`/council-proposals/${encodeURIComponent(proposalRef)}`, {
      municipalityCode,
    }),
  );
  return { context, api, report };
}

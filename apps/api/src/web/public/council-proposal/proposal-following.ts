import type { ApiClient } from '../../api/api-client';
import type { CouncilProposalReport } from '../../api/api-types';
import type { PageContext } from '../../page/page-context';
import { loadMunicipalities } from '../municipalities';
import type { FollowChoice } from '../trajectory/follow-button';
import { followingAnswer } from '../trajectory/following-form';
import { nameIn } from '../trajectory/public-trajectory-page';
import { followingTexts } from '../trajectory/following.texts';

interface ProposalFollowing {
  readonly items: readonly { readonly municipalityCode: string; readonly following: boolean }[];
}

/**
 * A follow button for each municipality whose proposal of this reference the page shows and the
 * signed-in visitor acts for (GetCouncilProposalFollowing answers only theirs); none for the public.
 */
export async function proposalFollowChoices(
  context: PageContext,
  publicApi: ApiClient,
  report: CouncilProposalReport,
): Promise<FollowChoice[]> {
  const answer = await followingAnswer<ProposalFollowing>(
    context,
    `/council-proposals/${encodeURIComponent(report.proposalRef)}/following`,
  );
  const shown = new Set(report.advice.map((advice) => advice.municipalityCode));
  const items = (answer?.items ?? []).filter((item) => shown.has(item.municipalityCode));
  if (items.length === 0) return [];
  const municipalities = await loadMunicipalities(publicApi);
  const t = followingTexts(context.language).proposal;
  return items.map(({ municipalityCode, following }) => {
    const name = nameIn(municipalities, municipalityCode);
    return {
      following,
      text: following ? t.following(name) : t.notFollowing(name),
      fields: { gemeente: municipalityCode },
    };
  });
}

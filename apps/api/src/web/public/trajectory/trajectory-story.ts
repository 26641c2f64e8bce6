import type { InfluenceChain } from '../../api/api-types';
import { labelOf } from '../../i18n/labels';
import type { Messages } from '../../i18n/messages.nl';

export interface StoryEntry {
  /** `YYYY-MM-DD`, the day it happened (not when it was recorded). */
  readonly date: string;
  readonly text: string;
}

/**
 * The trajectory as it happened, by the days the steps carry — a signal received, the advice
 * issued, the college's response, the council, the implementation — oldest first.
 */
export function trajectoryStory(chain: InfluenceChain, t: Messages): StoryEntry[] {
  const { labels, trajectory } = t;
  const story = trajectory.story;
  const entries: StoryEntry[] = [
    ...chain.signals.map((signal) => ({
      date: signal.receivedOn,
      text: story.signal(labelOf(labels.channel, signal.channel), signal.themes.join(', ')),
    })),
    ...(chain.advice ? [{ date: chain.advice.issuedOn, text: story.advice(chain.advice.recommendations.length) }] : []),
    ...(chain.collegeResponse ? [{ date: chain.collegeResponse.respondedOn, text: story.response }] : []),
    ...chain.councilProposals.flatMap((proposal) => [
      { date: proposal.attachedOn, text: story.attached(proposal.proposalRef) },
      ...(proposal.decidedOn && proposal.decision
        ? [
            {
              date: proposal.decidedOn,
              text: story.decided(proposal.proposalRef, labelOf(labels.councilDecision, proposal.decision)),
            },
          ]
        : []),
    ]),
    ...(chain.advice?.recommendations ?? []).flatMap((r) =>
      r.implementation
        ? [
            {
              date: r.implementation.reportedOn,
              text: story.implementation(r.number, labelOf(labels.implementationStatus, r.implementation.status)),
            },
          ]
        : [],
    ),
  ];
  // A stable sort keeps the order of the chain within one day.
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

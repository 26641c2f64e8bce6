import { mayRunSomeVariant, type OperationId } from '#application';
import type { InfluenceChain } from '../../api/api-types';
import type { PageContext } from '../../page/page-context';
import type { TrajectoryAction } from './trajectory-actions';

/** The step each status waits for, in the order of the story; the page offers it first. */
const NEXT_STEP: Readonly<Record<string, readonly OperationId[]>> = {
  started: ['IssueAdvice'],
  advised: ['RecordCollegeResponse'],
  responded: ['AttachToCouncilProposal'],
  attached: ['RecordCouncilDecision'],
  decided: ['AgreeImplementationFollowUp', 'ReportImplementationProgress'],
};

/**
 * The forms worth offering on this trajectory: those the visitor's role may run, for a
 * municipality the advice is addressed to, at a step where the command makes sense; the step
 * that follows first, marked as such. The domain still decides.
 */
export function trajectoryActions(context: PageContext, chain: InfluenceChain): TrajectoryAction[] {
  const principal = context.session?.principal;
  const addressed = new Set([chain.municipalityCode, ...(chain.addressedTo ?? [])]);
  if (!principal || !principal.municipalities.some((code) => addressed.has(code))) return [];
  if (chain.status === 'closed' || chain.status === 'withdrawn') return [];
  const forms = context.t.forms;
  const base = `/werkruimte/trajecten/${chain.trajectoryId}`;
  const responded = chain.collegeResponse !== undefined;
  const started = chain.status === 'started';
  const candidates: readonly (readonly [OperationId, boolean, string, string])[] = [
    ['AgreeParticipationApproach', started, 'participatieaanpak', forms.agreeApproach.title],
    ['ConfirmParticipationApproach', started, 'participatieaanpak/bevestigen', forms.confirmApproach.title],
    ['LinkSignal', true, 'signaal-koppelen', forms.linkSignal.title],
    ['LinkTemporaryTable', true, 'tafel-koppelen', forms.linkTable.title],
    ['IssueAdvice', started || chain.status === 'advised', 'advies', forms.issueAdvice.title],
    ['RecordCollegeResponse', chain.advice !== undefined, 'collegereactie', forms.collegeResponse.title],
    ['CorrectCollegeResponse', responded, 'collegereactie/corrigeren', forms.correctCollegeResponse.title],
    ['AttachToCouncilProposal', responded, 'raadsvoorstel', forms.attachToProposal.title],
    ['RecordCouncilDecision', chain.councilProposals.length > 0, 'raadsbesluit', forms.councilDecision.title],
    ['AgreeImplementationFollowUp', responded, 'vervolgafspraken', forms.followUp.title],
    ['ReportImplementationProgress', responded, 'uitvoering', forms.reportImplementation.title],
    ['RaiseDispute', true, 'geschil', forms.raiseDispute.title],
    ['ResolveDispute', true, 'geschil/beslechten', forms.resolveDispute.title],
    ['CloseTrajectory', responded, 'afsluiten', forms.closeTrajectory.title],
    ['WithdrawTrajectory', true, 'intrekken', forms.withdrawTrajectory.title],
  ];
  // A regional advice waits for each college: one that has not answered yet answers next.
  const ownUnanswered = (chain.municipalities ?? []).some(
    (m) => m.respondedOn === undefined && principal.municipalities.includes(m.municipalityCode),
  );
  const next =
    chain.advice !== undefined && ownUnanswered ? ['RecordCollegeResponse'] : (NEXT_STEP[chain.status] ?? []);
  const offered = candidates.filter(
    ([operation, sensible]) => sensible && mayRunSomeVariant(principal.roles, operation),
  );
  const isNext = ([operation]: (typeof candidates)[number]): boolean => next.includes(operation);
  return [...offered.filter(isNext), ...offered.filter((candidate) => !isNext(candidate))].map((candidate) => ({
    href: `${base}/${candidate[2]}`,
    label: candidate[3],
    next: isNext(candidate),
  }));
}

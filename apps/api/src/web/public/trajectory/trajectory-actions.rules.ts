import { mayRunSomeVariant, type OperationId } from '#application';
import type { InfluenceChain } from '../../api/api-types';
import type { PageContext } from '../../page/page-context';
import type { TrajectoryAction } from './trajectory-actions';

/**
 * The forms worth offering on this trajectory: those the visitor's role may run, for their
 * own municipality, at a step where the command makes sense. The domain still decides.
 */
export function trajectoryActions(context: PageContext, chain: InfluenceChain): TrajectoryAction[] {
  const principal = context.session?.principal;
  if (!principal || !principal.municipalities.includes(chain.municipalityCode)) return [];
  if (chain.status === 'closed' || chain.status === 'withdrawn') return [];
  const forms = context.t.forms;
  const base = `/werkruimte/trajecten/${chain.trajectoryId}`;
  const candidates: readonly (readonly [OperationId, boolean, TrajectoryAction])[] = [
    ['LinkSignal', true, { href: `${base}/signaal-koppelen`, label: forms.linkSignal.title }],
    [
      'IssueAdvice',
      chain.status === 'started' || chain.status === 'advised',
      { href: `${base}/advies`, label: forms.issueAdvice.title },
    ],
    [
      'RecordCollegeResponse',
      chain.status === 'advised',
      { href: `${base}/collegereactie`, label: forms.collegeResponse.title },
    ],
    [
      'AttachToCouncilProposal',
      chain.status === 'responded' || chain.status === 'attached' || chain.status === 'decided',
      { href: `${base}/raadsvoorstel`, label: forms.attachToProposal.title },
    ],
    [
      'ReportImplementationProgress',
      chain.collegeResponse !== undefined,
      { href: `${base}/uitvoering`, label: forms.reportImplementation.title },
    ],
  ];
  return candidates
    .filter(([operation, sensible]) => sensible && mayRunSomeVariant(principal.roles, operation))
    .map(([, , action]) => action);
}

import type { LoadResult } from './load-scenario';
import { DEMO_IDS, IJMOND, REGIONAL_ADVICE, STORY_DAYS, TRAJECTORIES, type ScenarioCalendar } from './scenario';

/** What was loaded, in words, and where a newcomer looks first. */
export function demoSummary(url: string, calendar: ScenarioCalendar, result: LoadResult): string {
  const count = (operationId: string): number => result.byOperation.get(operationId) ?? 0;
  const api = `${url}/api/v1`;
  const proposal = TRAJECTORIES[0]?.proposals[0]?.proposalRef ?? '';
  const municipalities = IJMOND.map((code) => `--municipality ${code}`).join(' ');
  return [
    `Loaded the IJmond scenario (${calendar.day(0)} to ${calendar.day(STORY_DAYS)}): ${result.steps} commands through ${api}, up to position ${result.lastPosition}.`,
    `  ${count('RegisterMunicipality')} municipalities, ${count('EstablishParticipationBody')} participation bodies with ${count('AppointMember')} members`,
    `  ${count('RecordSignal')} signals (${count('ClusterSignals')} cluster), ${count('OpenTemporaryTable')} temporary tables with ${count('RegisterParticipant')} participants and ${count('RecordContribution')} contributions`,
    `  ${count('StartAdviceTrajectory')} advice trajectories: ${count('IssueAdvice')} advice, ${count('RecordCollegeResponse')} college responses, ${count('RecordCouncilDecision')} council decisions, ${count('ReportImplementationProgress')} progress reports`,
    `  one regional advice answered by ${REGIONAL_ADVICE.responses.length} colleges, ${count('CorrectCollegeResponse')} corrected response, ${count('ResolveDispute') + count('ResolveBodyDispute')} disputes settled by the dispute committee`,
    `  a participation agenda with ${count('AddAgendaItem')} items and a two-year pilot`,
    'Running it again records nothing new: every command carries a fixed Idempotency-Key.',
    '',
    'Open in a browser (Dutch; English via the language link):',
    `  ${url}/  (the public council view)`,
    `  ${url}/trajecten/${DEMO_IDS.TRAJECTORY.oneDesk}  (one trajectory, signal to implementation)`,
    `  ${url}/inloggen  (sign in: the workspace and the evaluators' dashboard)`,
    '',
    'Or ask the API without a token:',
    `  ${api}/municipalities`,
    `  ${api}/advice-trajectories?overdue=true`,
    `  ${api}/advice-trajectories/${DEMO_IDS.TRAJECTORY.oneDesk}/influence-chain`,
    `  ${api}/advice-trajectories/${DEMO_IDS.TRAJECTORY.oneDesk}/history`,
    `  ${api}/council-proposals/${encodeURIComponent(proposal)}`,
    'With a token (signals, tables, the pilot evaluation):',
    `  TOKEN=$(npm run --silent cli -- token --sub evaluator-1 --role evaluator ${municipalities})`,
    `  curl -H "Authorization: Bearer $TOKEN" ${api}/pilots/${DEMO_IDS.PILOT}/evaluation`,
    `The API is described at ${api}/openapi.json.`,
  ].join('\n');
}

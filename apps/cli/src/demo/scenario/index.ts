import { agendaSteps, pilotSteps } from './agenda-and-pilot';
import { scenarioCalendar, type DemoStep, type ScenarioCalendar } from './demo-step';
import { documentSteps } from './documents';
import { regionalSteps } from './regional';
import { setupSteps } from './setup';
import { signalClosingSteps, signalSteps } from './signals';
import { tableSteps } from './tables';
import { trajectorySteps } from './trajectories';

export * from './actors';
export * from './agenda-and-pilot';
export * from './demo-step';
export * from './demo-pdf';
export * from './documents';
export * as DEMO_IDS from './ids';
export * from './regional';
export * from './signals';
export * from './tables';
export * from './trajectories';

/** The last day the story reaches: every date in it lies on or before this day. */
export const STORY_DAYS = 600;

/**
 * The default first day: {@link STORY_DAYS} days before `today`, so that the whole story has
 * happened, the two-year pilot is still running, and one response is overdue.
 */
export function defaultStart(today: Date): string {
  return new Date(today.getTime() - STORY_DAYS * 86_400_000).toISOString().slice(0, 10);
}

/** Every command of the IJmond scenario, in the order a real year and a half would bring them. */
export function demoScenario(calendar: ScenarioCalendar): DemoStep[] {
  return [
    ...setupSteps(calendar),
    ...pilotSteps(calendar),
    ...signalSteps(calendar),
    ...tableSteps(calendar),
    ...trajectorySteps(calendar),
    ...regionalSteps(calendar),
    ...signalClosingSteps(),
    ...agendaSteps(calendar),
    ...documentSteps(),
  ];
}

export { scenarioCalendar };

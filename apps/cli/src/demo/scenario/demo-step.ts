import type { Role } from '#application';

/** Someone who acts in the scenario: a pseudonymous token subject with one role. */
export interface DemoActor {
  readonly sub: string;
  readonly role: Role;
  readonly municipalities: readonly string[];
}

/** One command of the scenario, sent as `POST /api/v1{path}` with a fixed `Idempotency-Key`. */
export interface DemoStep {
  /** Unique within the scenario and stable across releases: a rerun is recognised by it. */
  readonly key: string;
  readonly operationId: string;
  readonly actor: DemoActor;
  readonly path: string;
  /** The JSON body; for an upload, its form fields. */
  readonly body: object;
  /** Present for an upload: the document, sent as the multipart `file` beside the body's fields. */
  readonly document?: { readonly fileName: string; readonly title: string; readonly lines: readonly string[] };
}

/** The scenario's dates, as days after its first day (which is day 0, a Monday). */
export interface ScenarioCalendar {
  readonly start: string;
  /** `YYYY-MM-DD`, `days` after the start. */
  day(days: number): string;
}

/** A calendar starting on `start` (`YYYY-MM-DD`). */
export function scenarioCalendar(start: string): ScenarioCalendar {
  const origin = Date.parse(`${start}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || Number.isNaN(origin)) {
    throw new Error(`'${start}' is not a date such as 2025-01-06`);
  }
  return { start, day: (days) => new Date(origin + days * 86_400_000).toISOString().slice(0, 10) };
}

/** Makes the steps of one part of the scenario, with keys prefixed by the part's name. */
export function stepsOf(part: string): {
  steps: DemoStep[];
  post: (operationId: string, actor: DemoActor, path: string, body: object) => void;
} {
  const steps: DemoStep[] = [];
  return {
    steps,
    post: (operationId, actor, path, body) =>
      steps.push({ key: `demo/${part}/${steps.length + 1}`, operationId, actor, path, body }),
  };
}

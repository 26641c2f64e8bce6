import { demoPdf, type DemoActor, type DemoStep } from './scenario';

/** Where the scenario goes: an API's base URL and a bearer token for each actor. */
export interface DemoTarget {
  /** e.g. `http://localhost:3000`, without `/api/v1`. */
  readonly url: string;
  tokenFor(actor: DemoActor): Promise<string>;
}

export interface LoadResult {
  readonly steps: number;
  /** The highest global position the commands answered: read models have it once they show it. */
  readonly lastPosition: number;
  readonly byOperation: ReadonlyMap<string, number>;
}

interface CommandAnswer {
  readonly position?: number;
}

interface Problem {
  readonly detail?: string;
  readonly code?: string;
  readonly invalidParams?: readonly { readonly name: string; readonly reason: string }[];
}

/**
 * Sends each step as its command over HTTP, in order, with its key as `Idempotency-Key`, and
 * stops at the first refusal with the API's own words. A step that was already recorded
 * (same key, same caller) answers its first answer, so loading twice records nothing new.
 */
export async function loadScenario(
  target: DemoTarget,
  steps: readonly DemoStep[],
  onStep: (done: number, step: DemoStep) => void = () => undefined,
): Promise<LoadResult> {
  const byOperation = new Map<string, number>();
  let lastPosition = 0;
  for (const [index, step] of steps.entries()) {
    const response = await fetch(`${target.url}/api/v1${step.path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await target.tokenFor(step.actor)}`,
        ...(step.document ? {} : { 'content-type': 'application/json' }),
        'idempotency-key': step.key,
      },
      body: bodyOf(step),
    });
    const answer = (await response.json().catch(() => ({}))) as CommandAnswer & Problem;
    if (!response.ok) throw new Error(refusal(step, response.status, answer));
    lastPosition = Math.max(lastPosition, answer.position ?? 0);
    byOperation.set(step.operationId, (byOperation.get(step.operationId) ?? 0) + 1);
    onStep(index + 1, step);
  }
  return { steps: steps.length, lastPosition, byOperation };
}

/** JSON, or for an upload the multipart form: the fields and the document made now (same text, same bytes). */
function bodyOf(step: DemoStep): string | FormData {
  if (!step.document) return JSON.stringify(step.body);
  const form = new FormData();
  for (const [name, value] of Object.entries(step.body)) form.append(name, String(value));
  const { fileName, title, lines } = step.document;
  form.append('file', new Blob([new Uint8Array(demoPdf(title, lines))], { type: 'application/pdf' }), fileName);
  return form;
}

function refusal(step: DemoStep, status: number, problem: Problem): string {
  const fields = (problem.invalidParams ?? []).map((p) => `${p.name}: ${p.reason}`).join('; ');
  const hint =
    status === 401
      ? " (the API does not accept this machine's tokens: pass --token with an admin token for GM0375, GM0396 and GM0453)"
      : '';
  return (
    `Step ${step.key} (${step.operationId} as ${step.actor.role}) was refused with ${status}` +
    `${problem.code ? ` ${problem.code}` : ''}: ${problem.detail ?? 'no detail'}${fields ? ` [${fields}]` : ''}${hint}`
  );
}

import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { Role } from '#application';
import type { TestApp } from './test-app';

/** The hidden value of a form field in a page. */
export function hiddenValue(html: string, name: string): string {
  const match = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
  if (!match?.[1]) throw new Error(`No hidden ${name} in the page`);
  return match[1];
}

/** A browser-like client (cookies kept) signed in through the sign-in page. */
export async function signedInAgent(api: TestApp, role: Role, municipalities: string, sub: string): Promise<TestAgent> {
  const agent = request.agent(api.http);
  const page = await agent.get('/inloggen').expect(200);
  await agent
    .post('/inloggen')
    .type('form')
    .send({ _csrf: hiddenValue(page.text, '_csrf'), sub, role, municipalities, next: '/werkruimte' })
    .expect(303)
    .expect('Location', '/werkruimte');
  return agent;
}

/** Posts a form the way a browser does, with the page's CSRF and idempotency fields; expects `status`. */
export async function submitForm(
  agent: TestAgent,
  path: string,
  fields: Record<string, string | string[]>,
  status: number,
): Promise<request.Response> {
  const page = await agent.get(path).expect(200);
  return agent
    .post(path)
    .type('form')
    .send({ _csrf: hiddenValue(page.text, '_csrf'), _idem: hiddenValue(page.text, '_idem'), ...fields })
    .expect(status);
}

import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { BEVERWIJK, playScenario, scenarioFor, VELSEN } from '../../support/scenario';
import { startTestApp, type TestApp } from '../../support/test-app';
import { hiddenValue, signedInAgent } from '../../support/web-session';

const scenario = scenarioFor(BEVERWIJK);
const trajectoryPage = `/trajecten/${scenario.ids.trajectoryId}`;
const proposalPage = `/raadsvoorstellen/${encodeURIComponent(scenario.ids.proposalRef)}`;
const FOLLOWER = 'raadslid-volgt-op-de-pagina';

/** The follow form's button text on a page, or undefined when the page offers none. */
const buttonOn = (html: string, action: string): string | undefined => {
  const form = new RegExp(`<form method="post" action="${action}">([\\s\\S]*?)</form>`).exec(html)?.[1];
  return form === undefined ? undefined : /<button[^>]*>([^<]*)<\/button>/.exec(form)?.[1];
};

describe('the Volgen / Niet meer volgen buttons', () => {
  let api: TestApp;
  let follower: TestAgent;
  let velsen: TestAgent;

  /** Presses the page's follow button as a browser does: the form's own hidden fields, CSRF token among them. */
  const press = async (agent: TestAgent, page: string, action: string): Promise<request.Response> => {
    const html = (await agent.get(page).expect(200)).text;
    const form = new RegExp(`<form method="post" action="${action}">([\\s\\S]*?)</form>`).exec(html)?.[1] ?? '';
    const fields = Object.fromEntries([...form.matchAll(/name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    return agent.post(action).type('form').send(fields);
  };
  const followsAsApi = async (path: string): Promise<unknown> =>
    (
      await request(api.http)
        .get(`/api/v1${path}`)
        .set('Authorization', await api.bearer('council-member', [BEVERWIJK.code], FOLLOWER))
        .expect(200)
    ).body;

  beforeAll(async () => {
    api = await startTestApp('web-follow');
    const admin = await api.bearer('admin', [BEVERWIJK.code], 'admin-beverwijk');
    await playScenario(scenario, (path, body) =>
      request(api.http).post(`/api/v1${path}`).set('Authorization', admin).send(body),
    );
    follower = await signedInAgent(api, 'council-member', BEVERWIJK.code, FOLLOWER);
    velsen = await signedInAgent(api, 'official', VELSEN.code, 'ambtenaar-velsen-pagina');
  });
  afterAll(() => api.close());

  it('shows the public no button, and sends a signed-out press to the sign-in page, back to the page', async () => {
    const action = `${trajectoryPage}/volgen`;
    expect(buttonOn((await request(api.http).get(trajectoryPage).expect(200)).text, action)).toBeUndefined();
    expect(buttonOn((await request(api.http).get(proposalPage).expect(200)).text, `${proposalPage}/volgen`)).toBe(
      undefined,
    );
    await request(api.http)
      .post(action)
      .type('form')
      .send({ volgen: 'ja' })
      .expect(303)
      .expect('Location', `/inloggen?next=${encodeURIComponent(trajectoryPage)}`);
  });

  it('follows a trajectory, shows "Niet meer volgen", and stops again', async () => {
    const action = `${trajectoryPage}/volgen`;
    expect(buttonOn((await follower.get(trajectoryPage).expect(200)).text, action)).toBe('Volgen');

    expect(await press(follower, trajectoryPage, action)).toMatchObject({
      status: 303,
      headers: { location: `${trajectoryPage}#volgen` },
    });
    const followed = (await follower.get(trajectoryPage).expect(200)).text;
    expect(buttonOn(followed, action)).toBe('Niet meer volgen');
    expect(followed).toContain('U volgt dit adviestraject');
    expect(await followsAsApi(`/advice-trajectories/${scenario.ids.trajectoryId}/following`)).toMatchObject({
      trajectoryId: scenario.ids.trajectoryId,
      following: true,
    });

    expect((await press(follower, trajectoryPage, action)).status).toBe(303);
    expect(buttonOn((await follower.get(trajectoryPage).expect(200)).text, action)).toBe('Volgen');
    expect(await followsAsApi(`/advice-trajectories/${scenario.ids.trajectoryId}/following`)).toEqual({
      trajectoryId: scenario.ids.trajectoryId,
      following: false,
    });
  });

  it("follows a council proposal of the visitor's municipality, and stops again", async () => {
    const action = `${proposalPage}/volgen`;
    expect(buttonOn((await follower.get(proposalPage).expect(200)).text, action)).toBe('Volgen');
    expect(await press(follower, proposalPage, action)).toMatchObject({
      status: 303,
      headers: { location: `${proposalPage}#volgen` },
    });
    expect(buttonOn((await follower.get(proposalPage).expect(200)).text, action)).toBe('Niet meer volgen');
    const path = `/council-proposals/${encodeURIComponent(scenario.ids.proposalRef)}/following`;
    expect(await followsAsApi(`${path}?municipalityCode=${BEVERWIJK.code}`)).toMatchObject({
      items: [{ municipalityCode: BEVERWIJK.code, following: true }],
    });

    expect((await press(follower, proposalPage, action)).status).toBe(303);
    expect(buttonOn((await follower.get(proposalPage).expect(200)).text, action)).toBe('Volgen');
  });

  it('offers someone of another municipality no button, and refuses their press (403)', async () => {
    expect(buttonOn((await velsen.get(trajectoryPage).expect(200)).text, `${trajectoryPage}/volgen`)).toBeUndefined();
    expect(buttonOn((await velsen.get(proposalPage).expect(200)).text, `${proposalPage}/volgen`)).toBeUndefined();
    const csrf = hiddenValue((await velsen.get('/werkruimte').expect(200)).text, '_csrf');
    await velsen.post(`${trajectoryPage}/volgen`).type('form').send({ _csrf: csrf, volgen: 'ja' }).expect(403);
    await velsen
      .post(`${proposalPage}/volgen`)
      .type('form')
      .send({ _csrf: csrf, volgen: 'ja', gemeente: BEVERWIJK.code })
      .expect(403);
  });

  it('refuses a press without the session’s CSRF token, or without a state', async () => {
    const csrf = hiddenValue((await follower.get(trajectoryPage).expect(200)).text, '_csrf');
    await follower.post(`${trajectoryPage}/volgen`).type('form').send({ volgen: 'ja' }).expect(403);
    await follower
      .post(`${trajectoryPage}/volgen`)
      .type('form')
      .send({ _csrf: 'x'.repeat(43), volgen: 'ja' })
      .expect(403);
    await follower.post(`${trajectoryPage}/volgen`).type('form').send({ _csrf: csrf, volgen: 'misschien' }).expect(400);
    expect(await followsAsApi(`/advice-trajectories/${scenario.ids.trajectoryId}/following`)).toMatchObject({
      following: false,
    });
  });
});

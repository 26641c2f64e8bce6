import request from 'supertest';
import { loadScenario, type DemoTarget } from '../../../apps/cli/src/demo/load-scenario';
import {
  DEMO_IDS,
  defaultStart,
  demoScenario,
  documentSteps,
  IJMOND,
  scenarioCalendar,
} from '../../../apps/cli/src/demo/scenario';
import { startTestApp, type TestApp } from '../../support/test-app';

/** The demo's documents, as a newcomer finds them: on the pages, once, however often it loads. */
describe("the demo's documents", () => {
  let api: TestApp;
  let target: DemoTarget;
  const steps = demoScenario(scenarioCalendar(defaultStart(new Date())));
  const eventCount = async (): Promise<number> => {
    const { rows } = await api.storage.database.query<{ n: number }>('SELECT count(*)::int AS n FROM es_events');
    return rows[0]?.n ?? 0;
  };

  beforeAll(async () => {
    api = await startTestApp('demo-documents');
    await api.app.listen(0, '127.0.0.1');
    const url = (await api.app.getUrl()).replace(/\/$/, '').replace('[::1]', '127.0.0.1');
    target = {
      url,
      tokenFor: async (actor) =>
        (await api.bearer(actor.role, [...actor.municipalities], actor.sub)).replace(/^Bearer /, ''),
    };
  }, 60_000);
  afterAll(() => api.close());

  it('attaches the letters to a trajectory, listed on its page, and records nothing new when loaded again', async () => {
    const { lastPosition } = await loadScenario(target, steps);
    const trajectory = DEMO_IDS.TRAJECTORY.workAndCare;
    const listed = await request(api.http)
      .get(`/api/v1/advice-trajectories/${trajectory}/documents`)
      .query({ minPosition: String(lastPosition) })
      .expect(200);
    const kinds = (listed.body as { items: { kind: string }[] }).items.map((d) => d.kind).sort();
    expect(kinds).toEqual(['advice-letter', 'college-response', 'college-response-correction', 'council-proposal']);
    const page = await request(api.http)
      .get(`/trajecten/${trajectory}`)
      .query({ na: String(lastPosition) });
    expect(page.text).toContain('Adviesbrief.pdf');

    const before = await eventCount();
    await loadScenario(target, documentSteps());
    expect(await eventCount()).toBe(before);
  }, 300_000);

  it('has every demo document, the sealed minutes and notes too, verified whole by the walk', async () => {
    const verification = await request(api.http)
      .get('/api/v1/audit-trail/verification')
      .set('Authorization', await api.bearer('evaluator', [...IJMOND], 'demo-documents-evaluator'))
      .expect(200);
    const walk = (
      verification.body as { documents: { walk: { lastCompletedPass?: { checked: number; intact: boolean } } } }
    ).documents.walk;
    // Every document of the demo, the sealed ones too, is checked and whole.
    expect(walk.lastCompletedPass).toEqual(expect.objectContaining({ checked: documentSteps().length, intact: true }));
  });
});

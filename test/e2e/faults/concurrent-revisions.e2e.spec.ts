import request from 'supertest';
import { appointIjmondMembers, IJMOND_BODY_ID, seedIjmond } from '../../support/ijmond';
import { startTestApp, type TestApp } from '../../support/test-app';

const TRAJECTORY_ID = 'c0a80101-0000-4000-8000-000000000a01';
const CONTENDERS = 6;
const ROUNDS = 5;
const signalId = (n: number) => `c0a80101-0000-4000-8000-0000000c${String(n).padStart(4, '0')}`;

interface Answer {
  readonly status: number;
  readonly body: { revision?: number; code?: string };
  readonly contentType: string;
}

describe('concurrent commands on one advice trajectory', () => {
  let api: TestApp;
  let official: string;
  let next = 0;

  const post = (path: string, body: object, ifMatch?: string): Promise<Answer> => {
    const call = request(api.http).post(`/api/v1${path}`).set('Authorization', official).send(body);
    if (ifMatch !== undefined) call.set('If-Match', ifMatch);
    return call.then((response) => ({
      status: response.status,
      body: response.body as Answer['body'],
      contentType: response.headers['content-type'] ?? '',
    }));
  };
  /** Every contender links a signal of its own at the same moment. */
  const race = (ifMatch?: string): Promise<Answer[]> =>
    Promise.all(
      Array.from({ length: CONTENDERS }, () =>
        post(`/advice-trajectories/${TRAJECTORY_ID}/linked-signals`, { signalId: signalId(next++) }, ifMatch),
      ),
    );
  const revisionOfTrajectory = async (): Promise<number> =>
    (await api.storage.eventStore.readStream(`advice-trajectory-${TRAJECTORY_ID}`)).length - 1;

  beforeAll(async () => {
    api = await startTestApp('concurrent-revisions');
    official = await api.bearer(['official', 'body-member'], ['GM0375'], 'official-1');
    await seedIjmond(api, ['GM0375']);
    // The same login records the signals as a current member of the council.
    await appointIjmondMembers(api, ['official-1']);
    for (let n = 0; n < CONTENDERS * ROUNDS * 2; n++) {
      await post('/signals', {
        id: signalId(n),
        bodyId: IJMOND_BODY_ID,
        municipalityCode: 'GM0375',
        channel: 'meeting',
        receivedOn: '2026-11-02',
        themes: ['vervoer'],
        domain: 'wmo',
        summary: `Signaal ${n}.`,
      });
      await post(`/signals/${signalId(n)}/_assess`, { scope: 'collective', rationale: 'Vaker gehoord.' });
    }
    const started = await post('/advice-trajectories', {
      id: TRAJECTORY_ID,
      municipalityCode: 'GM0375',
      bodyId: IJMOND_BODY_ID,
      kind: 'solicited',
      subject: 'Vervoer naar de dagbesteding',
      question: 'Hoe komen deelnemers op tijd bij de dagbesteding?',
      domain: 'wmo',
      policyPhase: 'preparation',
    });
    expect(started.status).toBe(201);
  });
  afterAll(() => api.close());

  it('lets exactly one command win per If-Match revision; the others get 412 problem+json', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const revision = await revisionOfTrajectory();
      const answers = await race(`"${revision}"`);
      const won = answers.filter((a) => a.status === 200);
      const lost = answers.filter((a) => a.status !== 200);
      expect(won).toHaveLength(1);
      expect(won[0]?.body.revision).toBe(revision + 1);
      expect(lost.map((a) => [a.status, a.body.code])).toEqual(
        Array.from({ length: CONTENDERS - 1 }, () => [412, 'COMMAND.STALE_REVISION']),
      );
      expect(lost.every((a) => a.contentType.startsWith('application/problem+json'))).toBe(true);
      expect(await revisionOfTrajectory()).toBe(revision + 1);
    }
  });

  it('without If-Match, loses no write: every winner is in the stream, every loser gets 409', async () => {
    const before = await revisionOfTrajectory();
    const answers = await race();
    const won = answers.filter((a) => a.status === 200);
    expect(won.length).toBeGreaterThanOrEqual(1);
    expect(answers.filter((a) => a.status !== 200).map((a) => [a.status, a.body.code])).toEqual(
      Array.from({ length: CONTENDERS - won.length }, () => [409, 'COMMAND.CONCURRENT_CHANGE']),
    );
    const revisions = won.map((a) => a.body.revision);
    expect(new Set(revisions).size).toBe(won.length);
    expect(await revisionOfTrajectory()).toBe(before + won.length);
  });
});

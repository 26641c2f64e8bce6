import request from 'supertest';
import { RecipientDirectory } from '#notifications';
import { startSmtpSink, type SmtpSink } from '../../../libs/notifications/src/testing/smtp-sink';
import { BEVERWIJK, playScenario, scenarioFor, VELSEN } from '../../support/scenario';
import { startTestApp, type TestApp } from '../../support/test-app';
import { outboxSettled } from '../../support/outbox-settled';

const scenario = scenarioFor(BEVERWIJK);
const FOLLOWER = 'ambtenaar-volgt';
const PROPOSAL_FOLLOWER = 'raadslid-volgt';
const QUITTER = 'ambtenaar-stopt';
const address = (sub: string): string => `${sub}@beverwijk.example.nl`;
const before = (operationId: string) => {
  const at = scenario.steps.findIndex((step) => step.operationId === operationId);
  return [
    { ...scenario, steps: scenario.steps.slice(0, at) },
    { ...scenario, steps: scenario.steps.slice(at) },
  ];
};

describe('following a trajectory or a council proposal, over HTTP', () => {
  let smtp: SmtpSink;
  let api: TestApp;
  let admin: string;
  const trajectoryFollowing = `/api/v1/advice-trajectories/${scenario.ids.trajectoryId}/following`;
  const proposalFollowing = `/api/v1/council-proposals/${encodeURIComponent(scenario.ids.proposalRef)}/following`;
  const play = (part: typeof scenario) =>
    playScenario(part, (path, body) => request(api.http).post(`/api/v1${path}`).set('Authorization', admin).send(body));
  const subjectsTo = (sub: string): string[] =>
    smtp.received.filter((m) => m.to === address(sub)).map((m) => m.subject);

  beforeAll(async () => {
    smtp = await startSmtpSink();
    process.env['SMTP_URL'] = smtp.url;
    api = await startTestApp('following');
    const directory = new RecipientDirectory(api.storage.database);
    for (const sub of [FOLLOWER, PROPOSAL_FOLLOWER, QUITTER]) {
      await directory.save({ subject: sub, email: address(sub), roles: [], bodyIds: [], weeklyDigest: false });
    }
    admin = await api.bearer('admin', [BEVERWIJK.code], 'admin-beverwijk');
  });
  afterAll(async () => {
    delete process.env['SMTP_URL'];
    await api.close();
    await smtp.close();
  });

  it('lets anyone signed in follow, and stop following, and mails a follower the next steps only', async () => {
    const [untilAdvice, fromAdvice] = before('IssueAdvice');
    await play(untilAdvice!);
    const follower = await api.bearer('official', [BEVERWIJK.code], FOLLOWER);
    const quitter = await api.bearer('body-member', [BEVERWIJK.code], QUITTER);
    const councillor = await api.bearer('council-member', [BEVERWIJK.code], PROPOSAL_FOLLOWER);
    await request(api.http).put(trajectoryFollowing).set('Authorization', follower).expect(204);
    // Again: nothing changes, the same answer.
    await request(api.http).put(trajectoryFollowing).set('Authorization', follower).expect(204);
    await request(api.http).put(trajectoryFollowing).set('Authorization', quitter).expect(204);
    await request(api.http).delete(trajectoryFollowing).set('Authorization', quitter).expect(204);
    await request(api.http)
      .put(`${proposalFollowing}?municipalityCode=${BEVERWIJK.code}`)
      .set('Authorization', councillor)
      .expect(204);

    await play(fromAdvice!);
    await smtp.waitFor(1);
    await outboxSettled(api.storage.database);
    const subject = `Herziening verordening Wmo 2027 ${BEVERWIJK.name}`;
    expect(subjectsTo(FOLLOWER)).toEqual(
      expect.arrayContaining([`Advies uitgebracht over "${subject}"`, `Reactie van het college over "${subject}"`]),
    );
    expect(subjectsTo(PROPOSAL_FOLLOWER)).toEqual([`Advies bij raadsvoorstel ${scenario.ids.proposalRef}`]);
    expect(subjectsTo(QUITTER)).toEqual([]);
  });

  it('answers whether you follow (GetTrajectoryFollowing, GetCouncilProposalFollowing), only of yours', async () => {
    const follower = await api.bearer('official', [BEVERWIJK.code], FOLLOWER);
    const trajectory = await request(api.http).get(trajectoryFollowing).set('Authorization', follower).expect(200);
    expect(trajectory.body).toEqual({
      trajectoryId: scenario.ids.trajectoryId,
      following: true,
      since: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) as unknown,
    });
    const quitter = await api.bearer('body-member', [BEVERWIJK.code], QUITTER);
    expect((await request(api.http).get(trajectoryFollowing).set('Authorization', quitter).expect(200)).body).toEqual({
      trajectoryId: scenario.ids.trajectoryId,
      following: false,
    });
    const councillor = await api.bearer('council-member', [BEVERWIJK.code, VELSEN.code], PROPOSAL_FOLLOWER);
    const proposal = await request(api.http).get(proposalFollowing).set('Authorization', councillor).expect(200);
    expect(proposal.body).toMatchObject({
      items: [
        { municipalityCode: BEVERWIJK.code, following: true },
        { municipalityCode: VELSEN.code, following: false },
      ],
    });
    const velsen = await api.bearer('official', [VELSEN.code], 'ambtenaar-velsen');
    await request(api.http).get(trajectoryFollowing).set('Authorization', velsen).expect(403);
    await request(api.http)
      .get(`${proposalFollowing}?municipalityCode=${BEVERWIJK.code}`)
      .set('Authorization', velsen)
      .expect(403);
    await request(api.http).get(trajectoryFollowing).expect(401);
  });

  it('refuses to let someone of another municipality follow a trajectory or proposal (403)', async () => {
    const velsen = await api.bearer('official', [VELSEN.code], 'ambtenaar-velsen');
    await request(api.http).put(trajectoryFollowing).set('Authorization', velsen).expect(403);
    await request(api.http)
      .put(`${proposalFollowing}?municipalityCode=${BEVERWIJK.code}`)
      .set('Authorization', velsen)
      .expect(403);
  });

  it('answers 404 for a trajectory that does not exist, 401 without a token, 400 without a municipality', async () => {
    const follower = await api.bearer('official', [BEVERWIJK.code], FOLLOWER);
    await request(api.http)
      .put('/api/v1/advice-trajectories/c0a80101-0000-4000-8000-00000000dead/following')
      .set('Authorization', follower)
      .expect(404);
    await request(api.http).put(trajectoryFollowing).expect(401);
    const missing = await request(api.http).put(proposalFollowing).set('Authorization', follower);
    expect(missing.status).toBe(400);
    expect(missing.text).toContain('municipalityCode');
  });
});

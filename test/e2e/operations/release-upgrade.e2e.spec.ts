import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import request from 'supertest';
import type { App } from 'supertest/types';
import { issueLocalToken, loadOrCreateSigningKey, localTokenVerifier } from '#auth';
import { openStorage, startProjector, type StartedProjector, type Storage } from '#runtime';
import { createApp } from '../../../apps/api/src/create-app';
import { loadReleaseDatabase, withClient } from '../../support/release-fixture';

// What make-fixture.sh recorded with release 0.1.0: one trajectory the whole way to the council,
// unsolicited advice left unanswered past its due date, and a request without advice yet.
const DECIDED = 'c0a80101-0000-4000-8000-000000000201';
const OVERDUE = 'c0a80101-0000-4000-8000-000000000202';
const REQUESTED = 'c0a80101-0000-4000-8000-000000000203';
const COLLECTIVE_SIGNAL = 'c0a80101-0000-4000-8000-0000000000f3';
const TABLE = 'c0a80101-0000-4000-8000-000000000101';
const PILOT = 'c0a80101-0000-4000-8000-000000000301';
const RELEASE_EVENT_COUNT = 27;

const silent = pino({ level: 'silent' });

interface HistoryEvent {
  readonly type: string;
  readonly data: Record<string, unknown>;
}
interface Yardstick {
  readonly metric: string;
  readonly direction: string;
  readonly value: number | null;
  readonly met?: boolean;
}

describe('a store written by release 0.1.0, upgraded in place', () => {
  let dataDir: string;
  let databaseUrl: string;
  let storage: Storage;
  let projector: StartedProjector;
  let close: () => Promise<void>;
  let http: App;
  let evaluator: string;
  let official: string;
  let secretary: string;

  const get = (path: string) => request(http).get(`/api/v1${path}`).set('Authorization', evaluator);
  const history = async (trajectoryId: string) =>
    (await get(`/advice-trajectories/${trajectoryId}/history`).expect(200)).body as {
      state: Record<string, unknown>;
      events: HistoryEvent[];
    };
  const storedData = (trajectoryId: string, type: string) =>
    withClient(databaseUrl, async (client) => {
      const { rows } = await client.query<{ data: Record<string, unknown> }>(
        'SELECT data FROM es_events WHERE stream_id = $1 AND type = $2',
        [`advice-trajectory-${trajectoryId}`, type],
      );
      return rows.map((r) => r.data);
    });

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'participation-upgrade-'));
    databaseUrl = await loadReleaseDatabase('release_upgrade');
    // Opening the storage runs the migrations, in place, on the release's own tables.
    storage = await openStorage(
      { port: 0, databaseUrl, eventStoreUrl: undefined, dataDir, logLevel: 'silent', jwks: undefined, role: 'api' },
      silent,
    );
    // No operator step: the second round raised the versions of the read models it reshaped
    // (ADR 0026), so the projector rebuilds them from the release's events as it starts, and
    // switches over once they have caught up.
    const key = await loadOrCreateSigningKey(dataDir);
    const app = await createApp({ storage, verifier: localTokenVerifier(key) }, silent, false);
    projector = startProjector(storage, silent);
    await projector.upgraded;
    http = app.getHttpServer() as App;
    const token = async (id: string, role: 'evaluator' | 'official' | 'secretary') =>
      `Bearer ${await issueLocalToken(key, { id, roles: [role], municipalities: ['GM0375'] })}`;
    evaluator = await token('evaluator-1', 'evaluator');
    official = await token('official-1', 'official');
    secretary = await token('secretary-1', 'secretary');
    close = async () => {
      await app.close();
      await projector.stop();
      await storage.close();
    };
    // Every read model has folded the release's events: wait until the projector has them too.
    const last = await withClient(databaseUrl, (client) =>
      client.query<{ position: string }>('SELECT max(position)::text AS position FROM es_events'),
    );
    await get(`/advice-trajectories?minPosition=${last.rows[0]?.position ?? '0'}`).expect(200);
    await get(`/pilots/${PILOT}/evaluation?minPosition=${last.rows[0]?.position ?? '0'}`).expect(200);
  });
  afterAll(async () => {
    await close();
    await rm(dataDir, { recursive: true, force: true });
  });

  describe("reading the release's trajectories in the second round's shape", () => {
    it('addresses a first-version trajectory to its own municipality', async () => {
      const { events } = await history(DECIDED);
      expect(events.find((e) => e.type === 'AdviceTrajectoryStarted')?.data).toMatchObject({
        municipalityCode: 'GM0375',
        addressedTo: ['GM0375'],
      });
    });

    it('reads first-version advice as content advice', async () => {
      const { state, events } = await history(DECIDED);
      expect(events.find((e) => e.type === 'AdviceIssued')?.data).toMatchObject({ adviceKind: 'content' });
      expect(state).toMatchObject({ advice: { version: 1, adviceKind: 'content' } });
    });

    it("counts the release's one-sided approach as agreed", async () => {
      const { state } = await history(DECIDED);
      expect(state).toMatchObject({ approach: { forms: ['theme-table'], phases: ['preparation'] } });
      expect(state['proposedApproach'] ?? null).toBeNull();
    });

    it('keeps the whole history in its order, the college and the council as they answered', async () => {
      const { state, events } = await history(DECIDED);
      expect(events.map((e) => e.type)).toEqual([
        'AdviceTrajectoryStarted',
        'ParticipationApproachAgreed',
        'SignalLinked',
        'TemporaryTableLinked',
        'AdviceIssued',
        'CollegeResponseRecorded',
        'AdviceAttachedToCouncilProposal',
        'CouncilDecisionRecorded',
        'ImplementationFollowUpAgreed',
        'ImplementationProgressReported',
      ]);
      expect(state).toMatchObject({
        signalIds: [COLLECTIVE_SIGNAL],
        tableIds: [TABLE],
        response: { respondedOn: '2026-11-20', municipalityCode: 'GM0375' },
        proposals: [{ municipalityCode: 'GM0375', proposalRef: 'RV-2026-041', decisions: [{ decision: 'adopted' }] }],
      });
    });

    it('leaves the stored events as the release wrote them', async () => {
      const [started] = await storedData(DECIDED, 'AdviceTrajectoryStarted');
      const [issued] = await storedData(DECIDED, 'AdviceIssued');
      expect(started).toMatchObject({ municipalityCode: 'GM0375' });
      expect(started).not.toHaveProperty('addressedTo');
      expect(issued).toMatchObject({ version: 1 });
      expect(issued).not.toHaveProperty('adviceKind');
    });
  });

  describe("answering every query from the release's events", () => {
    it('lists the advice register with status and overdue', async () => {
      const answer = await get('/advice-trajectories').expect(200);
      expect(answer.body).toMatchObject({ total: 3 });
      const items = (answer.body as { items: { id: string }[] }).items;
      const byId = new Map(items.map((item) => [item.id, item]));
      expect(byId.get(DECIDED)).toMatchObject({
        status: 'decided',
        overdue: false,
        proposalRefs: ['RV-2026-041'],
        adviceKind: 'content',
      });
      expect(byId.get(OVERDUE)).toMatchObject({
        status: 'advised',
        overdue: true,
        overdueSide: 'college',
        responseDueOn: '2026-11-30',
      });
      expect(byId.get(REQUESTED)).toMatchObject({ status: 'started', overdue: false });
    });

    it("reports the council proposal with each recommendation's fate and reason", async () => {
      const answer = await get('/council-proposals/RV-2026-041').expect(200);
      expect(answer.body).toMatchObject({
        proposalRef: 'RV-2026-041',
        advice: [
          {
            trajectoryId: DECIDED,
            municipalityCode: 'GM0375',
            recommendations: [
              { number: 1, collegeDecision: 'adopted', implementation: { status: 'in-progress' } },
              {
                number: 2,
                collegeDecision: 'not-adopted',
                reasoning: 'Een busje per locatie past niet in de begroting.',
              },
            ],
          },
        ],
      });
    });

    it('follows the influence chain from the signal and the table to the council', async () => {
      const answer = await get(`/advice-trajectories/${DECIDED}/influence-chain`).expect(200);
      expect(answer.body).toMatchObject({
        signals: [{ signalId: COLLECTIVE_SIGNAL, scope: 'collective' }],
        tables: [{ tableId: TABLE, missingGroups: ['youth'] }],
        councilProposals: [{ proposalRef: 'RV-2026-041', decision: 'adopted' }],
      });
    });

    it('lists the signals and shows the table with the group that was missing', async () => {
      const signals = await get('/signals').expect(200);
      expect(signals.body).toMatchObject({ total: 2 });
      const table = await get(`/temporary-tables/${TABLE}`).expect(200);
      expect(table.body).toMatchObject({
        status: 'closed',
        expectedGroups: ['client', 'youth'],
        missingGroups: ['youth'],
      });
    });

    it("judges the release's pilot by the second round's yardsticks", async () => {
      const answer = await get(`/pilots/${PILOT}/evaluation`).expect(200);
      const total = (answer.body as { total: Yardstick[] }).total;
      const yardstick = (metric: string) => total.find((y) => y.metric === metric);
      // One table, and it missed the young people: fewer is better, so the target of 0.25 is not met.
      expect(yardstick('tables-missing-expected-groups-share')).toMatchObject({
        direction: 'lower-is-better',
        value: 1,
        met: false,
      });
      // Of the two advice, only the decided one rests on a table where a client spoke.
      expect(yardstick('client-perspective-share')).toMatchObject({ value: 0.5, met: false });
      expect(yardstick('unsolicited-advice-count')).toMatchObject({ value: 1 });
    });

    it('verifies the audit trail of every stored event as intact', async () => {
      const answer = await get('/audit-trail/verification').expect(200);
      expect(answer.body).toMatchObject({ intact: true, checked: RELEASE_EVENT_COUNT });
    });
  });

  describe("the second round's rules on the release's trajectories", () => {
    it('refuses the municipality withdrawing unsolicited advice of the body', async () => {
      const answer = await request(http)
        .post(`/api/v1/advice-trajectories/${OVERDUE}/_withdraw`)
        .set('Authorization', official)
        .send({ reason: 'Niet meer nodig.' })
        .expect(422);
      expect(answer.body).toMatchObject({ code: 'ADVICE_TRAJECTORY.NOT_THE_MUNICIPALITYS_TO_WITHDRAW' });
    });

    it('records an approach on an old request as a proposal for the body to confirm', async () => {
      await request(http)
        .post(`/api/v1/advice-trajectories/${REQUESTED}/participation-approach`)
        .set('Authorization', official)
        .send({ forms: ['interviews'], phases: ['preparation'], roles: 'De raad houdt de interviews.' })
        .expect(200);
      const { state, events } = await history(REQUESTED);
      expect(events.at(-1)?.type).toBe('ParticipationApproachProposed');
      expect(state['approach'] ?? null).toBeNull();
    });

    it('lets the body confirm the approach the municipality proposed', async () => {
      await request(http)
        .post(`/api/v1/advice-trajectories/${REQUESTED}/participation-approach/_confirm`)
        .set('Authorization', secretary)
        .expect(200);
      const { state } = await history(REQUESTED);
      expect(state).toMatchObject({ approach: { forms: ['interviews'] } });
    });

    it("corrects the college's old response, and every view shows the correction", async () => {
      await request(http)
        .post(`/api/v1/advice-trajectories/${DECIDED}/college-response/_correct`)
        .set('Authorization', official)
        .send({
          reason: 'Aanbeveling 2 is deels overgenomen, niet afgewezen.',
          decisions: [
            { recommendationNumber: 1, decision: 'adopted' },
            { recommendationNumber: 2, decision: 'partially-adopted', reasoning: 'Eén busje voor twee locaties.' },
          ],
        })
        .expect(200);
      const { state, events } = await history(DECIDED);
      expect(events.map((e) => e.type).slice(-1)).toEqual(['CollegeResponseCorrected']);
      expect(state).toMatchObject({
        response: { decisions: [{ decision: 'adopted' }, { decision: 'partially-adopted' }] },
      });
      const last = await withClient(databaseUrl, (client) =>
        client.query<{ position: string }>('SELECT max(position)::text AS position FROM es_events'),
      );
      const report = await get(`/council-proposals/RV-2026-041?minPosition=${last.rows[0]?.position ?? '0'}`).expect(
        200,
      );
      expect(report.body).toMatchObject({
        advice: [{ recommendations: [{ collegeDecision: 'adopted' }, { collegeDecision: 'partially-adopted' }] }],
      });
    });

    it('lets the municipality withdraw its own old request before any advice', async () => {
      await request(http)
        .post(`/api/v1/advice-trajectories/${REQUESTED}/_withdraw`)
        .set('Authorization', official)
        .send({ reason: 'De woningaanpassing gaat naar het regionale loket.' })
        .expect(200);
      const { state } = await history(REQUESTED);
      expect(state).toMatchObject({ status: 'withdrawn' });
    });

    it('keeps the audit trail intact with the new events chained after the old', async () => {
      const answer = await get('/audit-trail/verification').expect(200);
      // The proposal, its confirmation, the correction and the withdrawal.
      expect(answer.body).toMatchObject({ intact: true, checked: RELEASE_EVENT_COUNT + 4 });
    });
  });
});

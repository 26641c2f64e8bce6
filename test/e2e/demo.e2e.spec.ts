import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import {
  ACTORS,
  AGENDA_ITEMS,
  BODY_DISPUTE,
  DEMO_IDS,
  defaultStart,
  EVALUATION_FINDINGS,
  IJMOND,
  PROCESS_ADVICE,
  REGIONAL_ADVICE,
  scenarioCalendar,
  SIGNALS,
  STORY_DAYS,
  TABLES,
  TRAJECTORIES,
  type DemoTrajectory,
} from '../../apps/cli/src/demo/scenario';
import { startTestApp, type TestApp } from '../support/test-app';

const CLI = join(__dirname, '..', '..', 'dist', 'apps', 'cli', 'src', 'main.js');
const run = promisify(execFile);

interface Outcome {
  number: number;
  text: string;
  collegeDecision?: string;
  reasoning?: string;
  councilDecision?: string;
  implementation?: { status: string };
}
interface HistoryEvent {
  type: string;
  recordedAt: string;
  actor: { id: string; role: string };
}
interface Yardstick {
  metric: string;
  value: number | null;
}

/** The register status the events of a trajectory add up to (shared/domain.md). */
function statusOf(t: DemoTrajectory): string {
  if (t.end) return t.end.outcome;
  const last = t.proposals.at(-1);
  if (last?.decision && last.decision.decision !== 'postponed') return 'decided';
  if (last) return 'attached';
  if (t.response) return 'responded';
  return t.advice ? 'advised' : 'started';
}

/** What became of each recommendation, as the scenario's events say. */
function outcomesOf(t: DemoTrajectory): Outcome[] {
  const council = t.proposals.at(-1)?.decision?.decision;
  return (t.advice?.recommendations ?? []).map((text, i) => {
    const decision = (t.correction ?? t.response)?.decisions[i];
    const progress = t.progress.filter((p) => p.recommendationNumber === i + 1).at(-1);
    return {
      number: i + 1,
      text,
      ...(decision ? { collegeDecision: decision.decision } : {}),
      ...(decision?.reasoning ? { reasoning: decision.reasoning } : {}),
      ...(council ? { councilDecision: council } : {}),
      ...(progress
        ? { implementation: expect.objectContaining({ status: progress.status }) as { status: string } }
        : {}),
    };
  });
}

describe('npm run demo', () => {
  let api: TestApp;
  let url: string;
  let admin: string;
  const start = defaultStart(new Date());
  const calendar = scenarioCalendar(start);

  const demo = () =>
    run(process.execPath, [CLI, 'demo', '--url', url, '--start', start], {
      env: { PATH: process.env.PATH, DATA_DIR: api.dataDir, LOG_LEVEL: 'silent' },
    });
  const eventCount = async (): Promise<number> => {
    const { rows } = await api.storage.database.query<{ n: number }>('SELECT count(*)::int AS n FROM es_events');
    return rows[0]?.n ?? 0;
  };
  const get = (path: string, token = admin) => request(api.http).get(`/api/v1${path}`).set('Authorization', token);

  beforeAll(async () => {
    api = await startTestApp('demo');
    await api.app.listen(0, '127.0.0.1');
    url = (await api.app.getUrl()).replace(/\/$/, '');
    admin = await api.bearer('admin', [...IJMOND], 'demo-test-admin');
  });
  afterAll(() => api.close());

  it('loads the scenario through the command API and says what it loaded and where to look', async () => {
    const { stdout } = await demo();
    expect(stdout).toContain('Loaded the IJmond scenario');
    expect(stdout).toContain(`${TRAJECTORIES.length + 2} advice trajectories`);
    expect(stdout).toContain(`${url}/api/v1/advice-trajectories/${DEMO_IDS.TRAJECTORY.oneDesk}/influence-chain`);
    // The actors act in their own roles: the trail shows who did what.
    const history = await get(`/advice-trajectories/${DEMO_IDS.TRAJECTORY.oneDesk}/history`).expect(200);
    const actors = new Set((history.body as { events: HistoryEvent[] }).events.map((e) => e.actor.role));
    expect([...actors].sort()).toEqual(['body-member', 'official']);
  }, 60_000);

  it('records nothing new when it runs again', async () => {
    const before = await eventCount();
    await demo();
    expect(await eventCount()).toBe(before);
  }, 60_000);

  it('lists every trajectory in the advice register with the status its events say', async () => {
    const answer = await get('/advice-trajectories').expect(200);
    const items = (answer.body as { items: { id: string; status: string; kind: string }[] }).items;
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(byId.size).toBe(TRAJECTORIES.length + 2);
    for (const t of TRAJECTORIES) {
      expect({ subject: t.subject, status: byId.get(t.id)?.status }).toEqual({
        subject: t.subject,
        status: statusOf(t),
      });
    }
  });

  it('shows overdue the advice whose due date passed without a response, and only that', async () => {
    const overdue = await get('/advice-trajectories?overdue=true').expect(200);
    const expected = TRAJECTORIES.filter(
      (t) => t.advice && !t.response && !t.end && t.responseDueDay !== undefined && t.responseDueDay < STORY_DAYS,
    ).map((t) => t.id);
    expect(expected).toEqual([DEMO_IDS.TRAJECTORY.neighbourhoodTeams]);
    expect((overdue.body as { items: { id: string }[] }).items.map((i) => i.id)).toEqual(expected);
    const carers = await get(`/advice-trajectories?status=advised&overdue=false`).expect(200);
    // Awaiting the college, within its term: the carers' advice and the process advice.
    expect((carers.body as { items: { id: string }[] }).items.map((i) => i.id).sort()).toEqual(
      [DEMO_IDS.TRAJECTORY.carers, PROCESS_ADVICE.id].sort(),
    );
  });

  it('follows each trajectory from signals and tables to every recommendation’s fate', async () => {
    for (const t of TRAJECTORIES) {
      const answer = await get(`/advice-trajectories/${t.id}/influence-chain`).expect(200);
      const chain = answer.body as {
        signals: { signalId: string }[];
        tables: { tableId: string }[];
        advice?: { recommendations: Outcome[] };
        councilProposals: { proposalRef: string; decision?: string }[];
      };
      expect({ subject: t.subject, signals: chain.signals.map((s) => s.signalId) }).toEqual({
        subject: t.subject,
        signals: t.signalNumbers.map(DEMO_IDS.signal),
      });
      expect(chain.tables.map((table) => table.tableId)).toEqual(t.tableIds);
      expect(chain.advice?.recommendations ?? []).toEqual(outcomesOf(t));
      expect(chain.councilProposals).toEqual(
        t.proposals.map(
          (p): object =>
            expect.objectContaining({
              proposalRef: p.proposalRef,
              attachedOn: calendar.day(p.attachedDay),
              ...(p.decision ? { decision: p.decision.decision } : {}),
            }) as object,
        ),
      );
    }
  });

  it('reports every council proposal with the advice attached to it', async () => {
    const refs = [...new Set(TRAJECTORIES.flatMap((t) => t.proposals.map((p) => p.proposalRef)))];
    for (const ref of refs) {
      const answer = await request(api.http)
        .get(`/api/v1/council-proposals/${encodeURIComponent(ref)}`)
        .expect(200);
      const advice = (answer.body as { advice: { trajectoryId: string }[] }).advice.map((a) => a.trajectoryId);
      expect({ ref, advice }).toEqual({
        ref,
        advice: TRAJECTORIES.filter((t) => t.proposals.some((p) => p.proposalRef === ref)).map((t) => t.id),
      });
    }
  });

  it('shows a trajectory as it stood before the college responded', async () => {
    const oneDesk = `/advice-trajectories/${DEMO_IDS.TRAJECTORY.oneDesk}/history`;
    const now = await get(oneDesk).expect(200);
    const events = (now.body as { events: HistoryEvent[] }).events;
    expect(now.body).toMatchObject({ state: { status: 'closed', response: { respondedOn: calendar.day(158) } } });
    const issued = events.find((e) => e.type === 'AdviceIssued');
    const responded = events.find((e) => e.type === 'CollegeResponseRecorded');
    expect(Date.parse(responded?.recordedAt ?? '')).toBeGreaterThan(Date.parse(issued?.recordedAt ?? ''));

    const then = await get(`${oneDesk}?asOf=${encodeURIComponent(issued?.recordedAt ?? '')}`).expect(200);
    const state = (then.body as { state: Record<string, unknown> }).state;
    expect(state).toMatchObject({ status: 'advice-issued', advice: { issuedOn: calendar.day(130) } });
    expect(state).not.toHaveProperty('response');
    expect((then.body as { events: HistoryEvent[] }).events.at(-1)?.type).toBe('AdviceIssued');
  });

  it('keeps the signal and table registers the scenario recorded', async () => {
    const signals = await get('/signals?limit=200').expect(200);
    expect(signals.body).toMatchObject({ total: SIGNALS.length });
    const tables = await get('/temporary-tables').expect(200);
    expect(tables.body).toMatchObject({ total: TABLES.length });
    const access = await get(`/temporary-tables/${DEMO_IDS.TABLE.access}`).expect(200);
    expect(access.body).toMatchObject({ status: 'closed', missingGroups: ['lived-experience'] });
  });

  it('lists the three municipalities for the public, with the bodies that serve them', async () => {
    const answer = await request(api.http).get('/api/v1/municipalities').expect(200);
    const items = (answer.body as { items: { code: string; bodies: unknown[] }[] }).items;
    expect(items.map((m) => [m.code, m.bodies.length])).toEqual([
      ['GM0375', 3],
      ['GM0396', 3],
      ['GM0453', 3],
    ]);
  });

  it('evaluates the pilot on what the scenario recorded', async () => {
    const answer = await get(`/pilots/${DEMO_IDS.PILOT}/evaluation`).expect(200);
    const total = (answer.body as { total: Yardstick[] }).total;
    const value = (metric: string) => total.find((y) => y.metric === metric)?.value;
    const advised = TRAJECTORIES.filter((t) => t.advice);
    const youth = TABLES.flatMap((t) => t.participants).filter((p) => p.perspective === 'youth');
    expect({
      signals: value('signals-count'),
      unsolicited: value('unsolicited-advice-count'),
      written: value('written-response-share'),
      agenda: value('agenda-items-from-signals-count'),
      youth: value('youth-participants-count'),
    }).toEqual({
      signals: SIGNALS.length,
      // The regional advice is unsolicited and answered; the process advice awaits its answer.
      unsolicited: advised.filter((t) => t.kind === 'unsolicited').length + 1,
      written: (advised.filter((t) => t.response).length + 1) / (advised.length + 2),
      agenda: AGENDA_ITEMS.filter((item) => item.source === 'signal' || item.signalNumbers.length > 0).length,
      youth: youth.length,
    });
  });

  describe("the seeds' second reading", () => {
    const history = async (trajectoryId: string) =>
      (await get(`/advice-trajectories/${trajectoryId}/history`).expect(200)).body as {
        state: Record<string, unknown>;
        events: (HistoryEvent & { data: Record<string, unknown> })[];
      };

    it('records the regional advice as answered only once each of the three colleges has', async () => {
      const { state, events } = await history(REGIONAL_ADVICE.id);
      const started = events.find((e) => e.type === 'AdviceTrajectoryStarted');
      expect(started?.data).toMatchObject({ addressedTo: [...IJMOND] });
      const responses = events.filter((e) => e.type === 'CollegeResponseRecorded');
      expect(responses.map((e) => [e.data['municipalityCode'], e.actor.id])).toEqual(
        REGIONAL_ADVICE.responses.map((r) => [r.municipalityCode, r.official.sub]),
      );
      expect(state).toMatchObject({ status: 'responded', signalIds: [DEMO_IDS.cluster(1)] });
    });

    it('shows the corrected college response as current and keeps the first in the history', async () => {
      const corrected = TRAJECTORIES.find((t) => t.correction);
      expect(corrected?.id).toBe(DEMO_IDS.TRAJECTORY.workAndCare);
      const { state, events } = await history(corrected?.id ?? '');
      expect(events.map((e) => e.type)).toEqual(
        expect.arrayContaining(['CollegeResponseRecorded', 'CollegeResponseCorrected']),
      );
      expect(state).toMatchObject({
        response: {
          decisions: corrected?.correction?.decisions.map((d, i) => ({ recommendationNumber: i + 1, ...d })),
        },
      });
    });

    it('has the approach proposed by the municipality and confirmed by the body', async () => {
      const { state, events } = await history(DEMO_IDS.TRAJECTORY.oneDesk);
      const proposed = events.find((e) => e.type === 'ParticipationApproachProposed');
      const confirmed = events.find((e) => e.type === 'ParticipationApproachConfirmed');
      expect([proposed?.actor.role, confirmed?.actor.role]).toEqual(['official', 'body-member']);
      expect(state).toMatchObject({ approach: { forms: ['theme-table', 'living-room-talks'] } });
    });

    it('leaves the disputes to the dispute committee', async () => {
      const youthCare = await history(DEMO_IDS.TRAJECTORY.youthCare);
      const resolved = youthCare.events.find((e) => e.type === 'DisputeResolved');
      expect(resolved?.actor).toEqual({ id: ACTORS.committee.sub, role: 'dispute-committee' });
      const disputes = await get('/disputes').expect(200);
      const items = (disputes.body as { items: { kind: string; disputeId?: string; about: string; status: string }[] })
        .items;
      expect(items.find((d) => d.kind === 'body' && d.disputeId === BODY_DISPUTE.id)).toMatchObject({
        about: 'facilities',
        status: 'resolved',
        resolution: BODY_DISPUTE.resolution,
      });
      expect(items.every((d) => d.status === 'resolved')).toBe(true);
    });

    it("gives the process advice its kind and the regulation's response term", async () => {
      const { state, events } = await history(PROCESS_ADVICE.id);
      expect(events[0]?.data).toMatchObject({ question: PROCESS_ADVICE.question });
      expect(state).toMatchObject({
        advice: { adviceKind: 'process' },
        // Velsen's regulation gives its college six weeks from the day of the advice.
        responseDueOn: calendar.day(PROCESS_ADVICE.adviceDay + 42),
      });
    });

    it('has the agenda agreed by both sides, with the item the municipality brought in', async () => {
      const answer = await get(`/participation-agendas/${DEMO_IDS.AGENDA}`).expect(200);
      const agenda = answer.body as {
        agreed: boolean;
        agreements: { side: string }[];
        items: { itemId: string; addedBy: string }[];
      };
      expect(agenda.agreed).toBe(true);
      expect(agenda.agreements.map((a) => a.side).sort()).toEqual(['body', 'municipality']);
      const fromMunicipality = AGENDA_ITEMS.filter((item) => item.source === 'municipality').map((item) =>
        DEMO_IDS.agendaItem(item.n),
      );
      expect(agenda.items.filter((item) => item.addedBy === 'municipality').map((item) => item.itemId)).toEqual(
        fromMunicipality,
      );
    });

    it("evaluates the pilot with the evaluators' findings beside the yardsticks", async () => {
      const answer = await get(`/pilots/${DEMO_IDS.PILOT}/evaluation`).expect(200);
      const findings = (answer.body as { findings: { topic: string; finding: string; recordedOn: string }[] }).findings;
      expect(findings).toEqual(
        EVALUATION_FINDINGS.map(
          (f): object =>
            expect.objectContaining({ topic: f.topic, finding: f.finding, recordedOn: calendar.day(f.day) }) as object,
        ),
      );
    });

    it('closes the access table saying why the missing group was not there', async () => {
      const access = TABLES.find((t) => t.id === DEMO_IDS.TABLE.access);
      const answer = await get(`/temporary-tables/${DEMO_IDS.TABLE.access}`).expect(200);
      // The scenario spells the groups as the API does (`livedExperience`), so the answer repeats it.
      expect(answer.body).toMatchObject({
        close: {
          missingGroupReasons: access?.close?.missingGroupReasons ?? { none: 'expected a reason in the scenario' },
        },
      });
    });
  });
});

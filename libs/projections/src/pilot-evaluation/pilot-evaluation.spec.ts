import { directionOf, type Yardstick } from '#domain';
import type { AdviceRegisterDoc } from '../advice-register';
import type { AgendaItemEntry, AgendaRegisterDoc } from '../agenda-register';
import type { SignalRegisterDoc } from '../signal-register/signal-register.projection';
import type { TableRegisterDoc } from '../table-register';
import { evaluatePilot, judge, type PilotSources } from './evaluate-pilot';
import { daysBetween } from './days-between';
import { clientsWereHeard, median, share } from './measure-yardsticks';
import { pilotEvaluationCsv } from './pilot-evaluation.csv';
import type { EvaluationFinding, PilotDefinition, YardstickResult } from './pilot-evaluation.types';

const BODY_A = 'c0a80101-0000-4000-8000-0000000000b1';
const BODY_B = 'c0a80101-0000-4000-8000-0000000000b2';
const OTHER_BODY = 'c0a80101-0000-4000-8000-0000000000b9';
const TODAY = '2027-06-01';

const pilot: PilotDefinition = {
  pilotId: 'c0a80101-0000-4000-8000-000000000001',
  name: 'Pilot participatieraad IJmond',
  bodyIds: [BODY_A, BODY_B],
  startsOn: '2026-01-01',
  endsOn: '2027-12-31',
  criteria: [
    { metric: 'early-involvement-share', target: 0.6 },
    { metric: 'response-days-median', target: 30 },
    { metric: 'recommendations-not-adopted-share', target: 0.2 },
    { metric: 'signals-count', target: 10 },
  ],
};

const trajectory = (id: string, overrides: Partial<AdviceRegisterDoc> = {}): AdviceRegisterDoc => ({
  trajectoryId: id,
  municipalityCode: 'GM0375',
  bodyId: BODY_A,
  kind: 'solicited',
  subject: 'Wmo-verordening',
  domain: 'wmo',
  policyPhase: 'agenda-setting',
  status: 'started',
  signalIds: [],
  tableIds: [],
  proposals: [],
  followUp: [],
  disputes: [],
  startedAt: '2026-02-01T09:00:00.000Z',
  ...overrides,
});

const advised = (
  id: string,
  issuedOn: string,
  decisions: ('adopted' | 'partially-adopted' | 'not-adopted' | undefined)[],
  overrides: Partial<AdviceRegisterDoc> = {},
): AdviceRegisterDoc =>
  trajectory(id, {
    status: 'advised',
    advice: {
      version: 1,
      issuedOn,
      summary: 'Advies',
      clientPerspective: 'Cliënten willen eerder gehoord worden.',
      recommendations: decisions.map((collegeDecision, index) => ({
        number: index + 1,
        text: `Aanbeveling ${index + 1}`,
        ...(collegeDecision ? { collegeDecision } : {}),
        ...(collegeDecision && collegeDecision !== 'adopted' ? { reasoning: 'Geen budget.' } : {}),
      })),
    },
    ...overrides,
  });

const signal = (id: string, overrides: Partial<SignalRegisterDoc> = {}): SignalRegisterDoc => ({
  signalId: id,
  bodyId: BODY_A,
  municipalityCode: 'GM0375',
  channel: 'meeting',
  receivedOn: '2026-03-01',
  themes: ['vervoer'],
  domain: 'wmo',
  targetGroups: [],
  summary: { personId: 'p1', ciphertext: 'x' },
  status: 'recorded',
  clusters: [],
  recordedAt: '2026-03-01T10:00:00.000Z',
  ...overrides,
});

const table = (id: string, overrides: Partial<TableRegisterDoc> = {}): TableRegisterDoc => ({
  tableId: id,
  municipalityCode: 'GM0375',
  bodyId: BODY_A,
  theme: 'Vervoer',
  question: 'Hoe komt u bij de dagbesteding?',
  initiatedBy: 'body',
  form: 'theme-table',
  expectedGroups: ['client', 'youth'],
  status: 'open',
  openedAt: '2026-04-01T08:00:00.000Z',
  participants: [],
  sessions: [],
  contributions: [],
  representativeness: { expected: ['client', 'youth'], present: [], missing: ['client', 'youth'] },
  participantsByPerspective: [],
  contributionsByPerspective: [],
  ...overrides,
});

const participant = (participantId: string, perspective: 'client' | 'youth' | 'carer') => ({
  participantId,
  perspective,
  registeredAt: '2026-04-02T08:00:00.000Z',
});

const sources = (given: Partial<PilotSources>): PilotSources => ({
  advice: [],
  signals: [],
  tables: [],
  agendas: [],
  bodies: [],
  regulations: new Map(),
  findings: [],
  ...given,
});

const metric = (yardsticks: readonly YardstickResult[], name: string): YardstickResult => {
  const found = yardsticks.find((y) => y.metric === name);
  if (!found) throw new Error(`no ${name}`);
  return found;
};

describe('evaluating a pilot', () => {
  describe('when nothing was recorded in its period', () => {
    const evaluation = evaluatePilot(pilot, sources({}), TODAY);

    it('answers every yardstick once, shares as null and counts as 0', () => {
      expect(evaluation.total).toHaveLength(24);
      expect(metric(evaluation.total, 'early-involvement-share')).toEqual({
        metric: 'early-involvement-share',
        direction: 'higher-is-better',
        value: null,
        target: 0.6,
      });
      expect(metric(evaluation.total, 'signals-count')).toEqual({
        metric: 'signals-count',
        direction: 'higher-is-better',
        value: 0,
        target: 10,
        met: false,
      });
      expect(metric(evaluation.total, 'response-days-median').value).toBeNull();
    });

    it('names each body of the pilot and no municipality', () => {
      expect(evaluation.perBody.map((b) => b.bodyId)).toEqual([BODY_A, BODY_B]);
      expect(evaluation.perMunicipality).toEqual([]);
    });

    it('counts no agenda items from signals', () => {
      expect(metric(evaluation.total, 'agenda-items-from-signals-count')).toEqual({
        metric: 'agenda-items-from-signals-count',
        direction: 'higher-is-better',
        value: 0,
      });
    });
  });

  describe('when advice was given and answered', () => {
    const advice = [
      advised('t1', '2026-03-01', ['adopted', 'not-adopted'], {
        respondedOn: '2026-03-21',
        responseDueOn: '2026-03-31',
        status: 'responded',
        proposals: [{ proposalRef: 'RV-2026-001', attachedOn: '2026-04-01', decisions: [] }],
      }),
      advised('t2', '2026-05-01', ['partially-adopted', 'adopted'], {
        kind: 'unsolicited',
        policyPhase: 'decision',
        respondedOn: '2026-06-10',
        responseDueOn: '2026-05-31',
        status: 'responded',
      }),
      advised('t3', '2027-04-01', [undefined], { policyPhase: 'implementation', responseDueOn: '2027-05-01' }),
      advised('t4', '2027-05-20', [undefined], { policyPhase: 'preparation', responseDueOn: '2027-06-20' }),
      trajectory('t5', { policyPhase: 'evaluation', startedAt: '2025-12-31T23:30:00.000Z' }),
      trajectory('t6', { bodyId: OTHER_BODY }),
      trajectory('t7', { startedAt: '2025-06-01T10:00:00.000Z' }),
    ];
    const evaluation = evaluatePilot(pilot, sources({ advice, signals: [], tables: [], agendas: [] }), TODAY);
    const total = evaluation.total;

    it('counts trajectories started in agenda setting or preparation, by their Amsterdam start date', () => {
      // t1 to t5 count (23:30 on 31 December UTC is 1 January in Amsterdam); t6 and t7 fall outside.
      expect(metric(total, 'early-involvement-share')).toMatchObject({ value: 2 / 5, met: false });
    });

    it('measures the written response and its days, lower being better', () => {
      expect(metric(total, 'written-response-share').value).toBe(2 / 4);
      expect(metric(total, 'response-days-median')).toMatchObject({ value: (20 + 40) / 2, target: 30, met: true });
      // t3 is overdue, t4 not yet due: only t1 of t1, t2, t3 came in time.
      expect(metric(total, 'response-on-time-share').value).toBe(1 / 3);
    });

    it('shares out the answered recommendations by the college decision', () => {
      expect(metric(total, 'recommendations-adopted-share').value).toBe(2 / 4);
      expect(metric(total, 'recommendations-partially-adopted-share').value).toBe(1 / 4);
      expect(metric(total, 'recommendations-not-adopted-share')).toMatchObject({ value: 1 / 4, met: false });
      expect(metric(total, 'not-adopted-with-reasoning-share').value).toBe(1);
    });

    it('counts attachment and unsolicited advice', () => {
      expect(metric(total, 'attached-to-proposal-share').value).toBe(1 / 4);
      expect(metric(total, 'unsolicited-advice-count').value).toBe(1);
    });

    it('counts realised recommendations among those the college took on', () => {
      const withProgress = advised('t8', '2026-07-01', ['adopted', 'partially-adopted', 'not-adopted'], {
        respondedOn: '2026-07-15',
      });
      const realised: AdviceRegisterDoc = {
        ...withProgress,
        advice: {
          ...withProgress.advice!,
          recommendations: withProgress.advice!.recommendations.map((r) =>
            r.number === 1 ? { ...r, implementation: { status: 'realised', reportedOn: '2026-09-01' } } : r,
          ),
        },
      };
      const result = evaluatePilot(pilot, sources({ advice: [realised], signals: [], tables: [], agendas: [] }), TODAY);
      expect(metric(result.total, 'recommendations-realised-share').value).toBe(1 / 2);
    });
  });

  describe('when signals and tables were recorded', () => {
    const signals = [
      signal('s1', { status: 'closed', scope: 'collective', feedbackGiven: true }),
      signal('s2', { status: 'closed', scope: 'individual', feedbackGiven: false }),
      signal('s3', { status: 'assessed', scope: 'collective', bodyId: BODY_B, municipalityCode: 'GM0383' }),
      signal('s4'),
      signal('s5', { receivedOn: '2028-01-01' }),
      signal('s6', { bodyId: OTHER_BODY }),
    ];
    const tables = [
      table('tb1', {
        participants: [participant('p1', 'client'), participant('p2', 'youth'), participant('p3', 'youth')],
        representativeness: { expected: ['client', 'youth'], present: ['client', 'youth'], missing: [] },
      }),
      table('tb2', { participants: [participant('p4', 'carer')], municipalityCode: 'GM0383', bodyId: BODY_B }),
      table('tb3', { bodyId: undefined }),
    ];
    const evaluation = evaluatePilot(pilot, sources({ advice: [], signals, tables, agendas: [] }), TODAY);

    it('counts the signals of the period and their assessment and feedback', () => {
      expect(metric(evaluation.total, 'signals-count')).toMatchObject({ value: 4, met: false });
      expect(metric(evaluation.total, 'collective-signal-share').value).toBe(2 / 3);
      expect(metric(evaluation.total, 'signals-closed-with-feedback-share').value).toBe(1 / 2);
    });

    it('counts participants by perspective and young people', () => {
      expect(metric(evaluation.total, 'participants-by-perspective')).toEqual({
        metric: 'participants-by-perspective',
        direction: 'higher-is-better',
        value: 4,
        byPerspective: [
          { perspective: 'carer', count: 1 },
          { perspective: 'client', count: 1 },
          { perspective: 'youth', count: 2 },
        ],
      });
      expect(metric(evaluation.total, 'youth-participants-count').value).toBe(2);
      expect(metric(evaluation.total, 'tables-missing-expected-groups-share').value).toBe(1 / 2);
    });

    it('splits the same yardsticks per body and per municipality', () => {
      const [bodyA, bodyB] = evaluation.perBody;
      expect(metric(bodyA!.yardsticks, 'signals-count').value).toBe(3);
      expect(metric(bodyB!.yardsticks, 'signals-count').value).toBe(1);
      expect(evaluation.perMunicipality.map((m) => m.municipalityCode)).toEqual(['GM0375', 'GM0383']);
      expect(metric(evaluation.perMunicipality[1]!.yardsticks, 'youth-participants-count').value).toBe(0);
      expect(metric(evaluation.perMunicipality[1]!.yardsticks, 'collective-signal-share').value).toBe(1);
    });
  });
});

describe("when the body's advice was due", () => {
  const advice = [
    advised('o1', '2026-02-20', [undefined], { adviceDueOn: '2026-03-01' }),
    advised('o2', '2026-03-10', [undefined], { adviceDueOn: '2026-03-01' }),
    trajectory('o3', { adviceDueOn: '2027-01-01' }),
    // Not due yet, and withdrawn before it was due: nothing to judge.
    trajectory('o4', { adviceDueOn: '2027-12-01' }),
    trajectory('o5', {
      adviceDueOn: '2026-03-01',
      status: 'withdrawn',
      withdrawn: { reason: 'Vraag vervallen', withdrawnAt: '2026-02-10T09:00:00.000Z' },
    }),
    // Without a term of its own the advice cannot be late.
    advised('o6', '2026-09-01', [undefined]),
  ];
  const result = metric(evaluatePilot(pilot, sources({ advice }), TODAY).total, 'advice-on-time-share');

  it('shares out the advice issued by its due date among those whose term has come', () => {
    expect(result).toMatchObject({ direction: 'higher-is-better', value: 1 / 3 });
  });
});

describe('when process advice was given', () => {
  const ofKind = (id: string, adviceKind: 'content' | 'process' | undefined): AdviceRegisterDoc => {
    const doc = advised(id, '2026-06-01', ['adopted']);
    return { ...doc, advice: { ...doc.advice!, ...(adviceKind === undefined ? {} : { adviceKind }) } };
  };
  const advice = [ofKind('k1', 'process'), ofKind('k2', 'content'), ofKind('k3', undefined)];

  it('counts the advice about the process, reading first-version advice as content', () => {
    expect(metric(evaluatePilot(pilot, sources({ advice }), TODAY).total, 'process-advice-count').value).toBe(1);
  });
});

describe('when implementation is followed at checkpoints', () => {
  const followed = (id: string, overrides: Partial<AdviceRegisterDoc>): AdviceRegisterDoc => {
    const doc = advised(id, '2026-03-01', ['adopted'], {
      status: 'responded',
      respondedOn: '2026-04-01',
      responses: [
        { municipalityCode: 'GM0375', adviceVersion: 1, respondedOn: '2026-04-01', decisions: [], corrections: [] },
      ],
      followUp: [
        { dueOn: '2026-09-01', description: 'Eerste meting' },
        { dueOn: '2027-03-01', description: 'Tweede meting' },
        { dueOn: '2027-09-01', description: 'Derde meting' },
      ],
      ...overrides,
    });
    const reported = { status: 'in-progress' as const, reportedOn: '2026-10-01' };
    const recommendations = doc.advice!.recommendations.map((r) => ({ ...r, implementation: reported }));
    return { ...doc, advice: { ...doc.advice!, recommendations } };
  };
  const advice = [
    // The report of October 2026 covers the first checkpoint; the second passed without one.
    followed('f1', {}),
    // A closed trajectory is no longer followed.
    followed('f2', { status: 'closed', closed: { closedAt: '2027-01-05T09:00:00.000Z' } }),
  ];
  const result = metric(evaluatePilot(pilot, sources({ advice }), TODAY).total, 'follow-up-checkpoints-overdue-count');

  it('counts the checkpoints past due without a progress report since', () => {
    expect(result.value).toBe(1);
  });

  it('finds fewer overdue checkpoints better', () => {
    expect(result.direction).toBe('lower-is-better');
    expect(judge(result, 0)).toMatchObject({ met: false });
    expect(judge(result, 1)).toMatchObject({ met: true });
  });
});

describe('when advice rests on tables', () => {
  const contribution = (contributionId: string, perspective: 'client' | 'lived-experience' | 'carer') => ({
    contributionId,
    perspective,
    summary: { personId: 'p9', ciphertext: 'x' },
    recordedAt: '2026-04-03T08:00:00.000Z',
  });
  const tables = [
    table('heard', { contributions: [contribution('c1', 'carer'), contribution('c2', 'client')] }),
    // The municipality's own table, outside the pilot's bodies and before its period.
    table('lived', {
      bodyId: undefined,
      openedAt: '2025-10-01T08:00:00.000Z',
      contributions: [contribution('c3', 'lived-experience')],
    }),
    // A client sat at the table but brought nothing in.
    table('silent', { participants: [participant('p1', 'client')], contributions: [contribution('c4', 'carer')] }),
  ];
  const advice = [
    advised('a1', '2026-06-01', ['adopted'], { tableIds: ['silent', 'heard'] }),
    advised('a2', '2026-06-01', ['adopted'], { tableIds: ['lived'] }),
    advised('a3', '2026-06-01', ['adopted'], { tableIds: ['silent'] }),
    advised('a4', '2026-06-01', ['adopted']),
  ];
  const share = (tablesKnown: readonly TableRegisterDoc[]) =>
    metric(
      evaluatePilot(pilot, sources({ advice, signals: [], tables: tablesKnown, agendas: [] }), TODAY).total,
      'client-perspective-share',
    ).value;

  it('counts advice that rests on a table where a client or expert by experience contributed', () => {
    expect(share(tables)).toBe(2 / 4);
  });

  it('does not count advice for its mandatory client-perspective text alone', () => {
    expect(share([])).toBe(0);
  });

  it('tells a table where clients were heard from one where they only sat', () => {
    expect(tables.map(clientsWereHeard)).toEqual([true, true, false]);
  });
});

describe('when tables closed, some with a waiver for the client perspective', () => {
  const closed = (id: string, clientPerspectiveWaiver?: string): TableRegisterDoc =>
    table(id, {
      status: 'closed',
      close: {
        outcome: 'advice',
        summary: 'Klaar',
        closedAt: '2026-06-01T08:00:00.000Z',
        ...(clientPerspectiveWaiver === undefined ? {} : { clientPerspectiveWaiver }),
      },
    });
  const tables = [closed('w1', 'Cliënten waren niet bereikbaar.'), closed('w2'), closed('w3'), table('open')];
  const result = metric(evaluatePilot(pilot, sources({ tables }), TODAY).total, 'tables-closed-with-waiver-share');

  it('shares out the closed tables that needed a waiver', () => {
    expect(result.value).toBe(1 / 3);
  });

  it('finds fewer tables closed with a waiver better', () => {
    expect(result.direction).toBe('lower-is-better');
    expect(judge(result, 0.5)).toMatchObject({ met: true });
    expect(judge(result, 0.25)).toMatchObject({ met: false });
  });
});

describe('when bodies consulted the alderman', () => {
  const AFTER_THE_PILOT = '2028-03-01';
  const consulted = (heldOn: string, partner: 'alderman' | 'programme-manager' = 'alderman') => ({
    heldOn,
    with: partner,
  });
  const bodies = [
    {
      bodyId: BODY_A,
      municipalityCodes: ['GM0375', 'GM0383'],
      consultations: [
        consulted('2025-12-01'),
        consulted('2026-02-01'),
        consulted('2026-09-01'),
        consulted('2027-02-01'),
        consulted('2027-09-01'),
        consulted('2027-10-01', 'programme-manager'),
      ],
    },
    { bodyId: BODY_B, municipalityCodes: ['GM0383'], consultations: [consulted('2026-05-01')] },
    { bodyId: OTHER_BODY, municipalityCodes: ['GM0375'], consultations: [consulted('2026-05-01')] },
  ];
  // Velsen asks three consultations a year; Beverwijk set no regulation, so twice a year holds.
  const regulations = new Map([
    ['GM0383', { aldermanConsultationsPerYear: 3, programmeManagerConsultationEveryMonths: 2 }],
  ]);
  const evaluation = evaluatePilot(pilot, sources({ bodies, regulations }), AFTER_THE_PILOT);
  const consultations = (yardsticks: readonly YardstickResult[] | undefined) =>
    metric(yardsticks ?? [], 'alderman-consultations-per-year');

  it("counts the alderman consultations of the pilot's bodies in its period, per body per year", () => {
    expect(consultations(evaluation.total).value).toBe(5 / (2 * 2));
    expect(evaluation.perBody.map((b) => consultations(b.yardsticks).value)).toEqual([4 / 2, 1 / 2]);
  });

  it('holds each scope to the strictest regulation of the municipalities it serves', () => {
    expect(consultations(evaluation.total)).toMatchObject({ target: 3, met: false });
    expect(evaluation.perMunicipality.map((m) => [m.municipalityCode, consultations(m.yardsticks)])).toEqual([
      ['GM0375', expect.objectContaining({ value: 2, target: 2, met: true })],
      ['GM0383', expect.objectContaining({ value: 5 / 4, target: 3, met: false })],
    ]);
  });

  it("judges by the pilot's own target where it sets one", () => {
    const lenient = { ...pilot, criteria: [{ metric: 'alderman-consultations-per-year', target: 1 }] };
    const result = evaluatePilot(lenient, sources({ bodies, regulations }), AFTER_THE_PILOT);
    expect(consultations(result.total)).toMatchObject({ target: 1, met: true });
  });

  it('counts the first year as a whole year, not one consultation in January as twelve a year', () => {
    const early = evaluatePilot(pilot, sources({ bodies, regulations }), '2026-03-01');
    expect(consultations(early.perBody[0]!.yardsticks).value).toBe(1);
  });
});

describe('when participation agendas were kept', () => {
  const item = (itemId: string, overrides: Partial<AgendaItemEntry> = {}): AgendaItemEntry => ({
    itemId,
    theme: 'Vervoer',
    source: 'signal',
    signalIds: ['s1'],
    addedAt: '2026-03-10T09:00:00.000Z',
    ...overrides,
  });
  const agenda = (agendaId: string, bodyId: string, items: AgendaItemEntry[]): AgendaRegisterDoc => ({
    agendaId,
    bodyId,
    year: 2026,
    items,
    draftedAt: '2026-01-05T09:00:00.000Z',
  });
  const signals = [signal('s1'), signal('s2', { municipalityCode: 'GM0383', bodyId: BODY_B })];
  const agendas = [
    agenda('a1', BODY_A, [
      item('i1'),
      item('i2', { source: 'joint', signalIds: ['s1', 's2'] }),
      item('i3', { source: 'municipality', signalIds: [] }),
      // Added on 1 January 2026 in Amsterdam, within the period.
      item('i4', { addedAt: '2025-12-31T23:30:00.000Z' }),
      item('i5', { addedAt: '2028-01-02T09:00:00.000Z' }),
    ]),
    agenda('a2', BODY_B, [item('i6', { signalIds: ['s2'] })]),
    agenda('a3', OTHER_BODY, [item('i7')]),
  ];
  const evaluation = evaluatePilot(pilot, sources({ advice: [], signals, tables: [], agendas }), TODAY);
  const count = (yardsticks: readonly YardstickResult[] | undefined) =>
    metric(yardsticks ?? [], 'agenda-items-from-signals-count').value;

  it("counts the items of the pilot's bodies, added in its period, that came from signals", () => {
    // i1, i2, i4 and i6; not i3 (the municipality's own), i5 (after the period) or i7 (another body).
    expect(count(evaluation.total)).toBe(4);
  });

  it('counts an item for its body, and for the municipality of each signal it names', () => {
    expect(evaluation.perBody.map((b) => count(b.yardsticks))).toEqual([3, 1]);
    expect(evaluation.perMunicipality.map((m) => [m.municipalityCode, count(m.yardsticks)])).toEqual([
      ['GM0375', 3],
      ['GM0383', 2],
    ]);
  });
});

describe('when evaluators recorded findings', () => {
  const finding = (findingId: string, recordedOn: string, topic: EvaluationFinding['topic']): EvaluationFinding => ({
    findingId,
    topic,
    finding: `Bevinding ${findingId}`,
    recordedOn,
  });
  const findings = [
    finding('f2', '2027-03-01', 'collaboration-officials'),
    finding('f1', '2026-11-15', 'collaboration-college'),
  ];

  it('answers them beside the yardsticks, oldest first', () => {
    const evaluation = evaluatePilot(pilot, sources({ findings }), TODAY);
    expect(evaluation.findings.map((f) => [f.findingId, f.topic])).toEqual([
      ['f1', 'collaboration-college'],
      ['f2', 'collaboration-officials'],
    ]);
  });
});

describe('judging a yardstick against its target', () => {
  const measured = (name: Yardstick, value: number | null) => ({ metric: name, direction: directionOf(name), value });

  it('meets a share at or above its target where higher is better', () => {
    expect(judge(measured('client-perspective-share', 0.8), 0.8)).toMatchObject({ met: true });
    expect(judge(measured('client-perspective-share', 0.7), 0.8)).toMatchObject({ met: false });
  });

  it('meets the response days and not-adopted share at or below their target', () => {
    expect(judge(measured('response-days-median', 42), 42)).toMatchObject({ met: true });
    expect(judge(measured('response-days-median', 43), 42)).toMatchObject({ met: false });
    expect(judge(measured('recommendations-not-adopted-share', 0.3), 0.2)).toMatchObject({ met: false });
  });

  it('finds fewer tables missing expected groups better, and more of them short of the target', () => {
    expect(judge(measured('tables-missing-expected-groups-share', 0.1), 0.25)).toMatchObject({ met: true });
    expect(judge(measured('tables-missing-expected-groups-share', 0.5), 0.25)).toMatchObject({ met: false });
  });

  it('leaves met out when there is no target or no value', () => {
    expect(judge(measured('signals-count', 3), undefined)).toEqual(measured('signals-count', 3));
    expect(judge(measured('collective-signal-share', null), 0.5)).toEqual({
      ...measured('collective-signal-share', null),
      target: 0.5,
    });
  });
});

describe('the direction of each yardstick', () => {
  const evaluation = evaluatePilot(pilot, sources({}), TODAY);
  const lowerIsBetter = evaluation.total.filter((y) => y.direction === 'lower-is-better').map((y) => y.metric);

  it('states for every yardstick whether higher or lower is better', () => {
    for (const y of evaluation.total) expect(['higher-is-better', 'lower-is-better']).toContain(y.direction);
  });

  it('finds fewer overdue checkpoints, days to a response, rejections, waivers and tables missing groups better', () => {
    expect(lowerIsBetter.sort()).toEqual([
      'follow-up-checkpoints-overdue-count',
      'recommendations-not-adopted-share',
      'response-days-median',
      'tables-closed-with-waiver-share',
      'tables-missing-expected-groups-share',
    ]);
  });
});

describe('the arithmetic of the yardsticks', () => {
  it('divides only when there is something to divide by', () => {
    expect(share(1, 4)).toBe(0.25);
    expect(share(0, 0)).toBeNull();
  });

  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([9, 1, 5])).toBe(5);
    expect(median([10, 2, 4, 8])).toBe(6);
  });

  it('counts days across a daylight-saving change as whole days', () => {
    expect(daysBetween('2026-03-20', '2026-04-03')).toBe(14);
  });
});

describe('exporting the evaluation as CSV', () => {
  const findings: EvaluationFinding[] = [
    { findingId: 'f1', topic: 'structure', finding: 'Tafels werken, "vaste" raad mist', recordedOn: '2027-01-10' },
  ];
  const evaluation = evaluatePilot(pilot, sources({ signals: [signal('s1')], findings }), TODAY);
  const lines = pilotEvaluationCsv(evaluation).split('\r\n');

  it('writes a header and one row per yardstick per scope, then one per finding', () => {
    expect(lines[0]).toBe('scope,scopeId,metric,value,target,met,direction,topic,finding,recordedOn');
    expect(lines).toHaveLength(1 + 24 * 4 + 1 + 1);
    expect(lines).toContain(`total,${pilot.pilotId},signals-count,1,10,false,higher-is-better,,,`);
    expect(lines).toContain(`body,${BODY_B},early-involvement-share,,0.6,,higher-is-better,,,`);
    expect(lines).toContain('municipality,GM0375,signals-count,1,10,false,higher-is-better,,,');
  });

  it('names the direction of each yardstick', () => {
    expect(lines).toContain(`total,${pilot.pilotId},tables-missing-expected-groups-share,,,,lower-is-better,,,`);
  });

  it('quotes a finding with a comma or quotes in it', () => {
    expect(lines.at(-2)).toBe('finding,f1,,,,,,structure,"Tafels werken, ""vaste"" raad mist",2027-01-10');
  });
});

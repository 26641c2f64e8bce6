import { seededReadModels, type SeededReadModels } from '../queries/read-models.fixtures';
import { adviceDoc } from './advice-register.fixtures';
import type { AdviceRegisterDoc } from './advice-register.doc';
import { listDeadlines, type DeadlineHolder } from './advice-deadlines.queries';

const TODAY = '2026-11-23';
/** Two weeks ahead: terms before this date are near. */
const HORIZON = '2026-12-07';
const PAGE = { offset: 0, limit: 50 };
const BODY_ID = 'c0a80101-0000-4000-8000-0000000000b1';
const OTHER_BODY_ID = 'c0a80101-0000-4000-8000-0000000000b2';

const issued = {
  version: 1,
  issuedOn: '2026-10-01',
  summary: 'Een advies.',
  clientPerspective: 'Cliënten willen gehoord worden.',
  recommendations: [{ number: 1, text: 'Doe het.' }],
};

const mine = (id: string, fields: Partial<AdviceRegisterDoc>): AdviceRegisterDoc =>
  adviceDoc(id, { addressedTo: ['GM0375'], responses: [], responsibleOfficial: 'ambtenaar-1', ...fields });

const ROWS = {
  responseLate: mine('responseLate', { status: 'advised', advice: issued, responseDueOn: '2026-11-10' }),
  responseNear: mine('responseNear', { status: 'advised', advice: issued, responseDueOn: '2026-12-01' }),
  responseFar: mine('responseFar', { status: 'advised', advice: issued, responseDueOn: '2027-02-01' }),
  responded: mine('responded', {
    status: 'responded',
    advice: issued,
    responseDueOn: '2026-11-10',
    respondedOn: '2026-11-05',
    responses: [
      {
        municipalityCode: 'GM0375',
        adviceVersion: 1,
        respondedOn: '2026-11-05',
        decisions: [{ recommendationNumber: 1, decision: 'adopted' }],
        corrections: [],
      },
    ],
    followUp: [
      { dueOn: '2026-11-15', description: 'Eerste voortgang' },
      { dueOn: '2026-12-03', description: 'Tweede voortgang' },
      { dueOn: '2027-06-01', description: 'Eindrapport' },
    ],
  }),
  someoneElses: mine('someoneElses', {
    status: 'advised',
    advice: issued,
    responseDueOn: '2026-11-10',
    responsibleOfficial: 'ambtenaar-2',
  }),
  otherTown: mine('otherTown', {
    municipalityCode: 'GM0453',
    addressedTo: ['GM0453'],
    status: 'advised',
    advice: issued,
    responseDueOn: '2026-11-10',
  }),
  adviceLate: mine('adviceLate', { adviceDueOn: '2026-11-20' }),
  adviceNear: mine('adviceNear', { adviceDueOn: '2026-12-04', bodyId: OTHER_BODY_ID }),
  adviceFar: mine('adviceFar', { adviceDueOn: '2027-01-20' }),
  closed: mine('closed', { status: 'closed', adviceDueOn: '2026-11-01', closed: { closedAt: '2026-11-02T10:00:00Z' } }),
};

describe('the deadlines of an official and of a body', () => {
  let db: SeededReadModels;
  beforeAll(async () => {
    db = await seededReadModels('advice-deadlines');
    await db.seed('advice-register', ROWS, 10n);
  });
  afterAll(() => db.close());

  const deadlines = async (holder: DeadlineHolder, municipalities: readonly string[] = ['GM0375']) => {
    const page = await listDeadlines(db.readModels, {
      holder,
      municipalities,
      today: TODAY,
      horizon: HORIZON,
      page: PAGE,
    });
    return { total: page.total, items: page.items.map(({ doc, deadlines }) => [doc.trajectoryId, deadlines]) };
  };

  it("lists the official's own trajectories whose college response or follow-up is near or past", async () => {
    const found = await deadlines({ kind: 'official', responsibleOfficial: 'ambtenaar-1' });
    expect(found.total).toBe(5);
    expect(Object.fromEntries(found.items)).toEqual({
      responseLate: [{ kind: 'college-response', dueOn: '2026-11-10', overdue: true }],
      responseNear: [{ kind: 'college-response', dueOn: '2026-12-01', overdue: false }],
      responded: [
        { kind: 'follow-up', dueOn: '2026-11-15', description: 'Eerste voortgang', overdue: true },
        { kind: 'follow-up', dueOn: '2026-12-03', description: 'Tweede voortgang', overdue: false },
      ],
      adviceLate: [{ kind: 'body-advice', dueOn: '2026-11-20', overdue: true }],
      adviceNear: [{ kind: 'body-advice', dueOn: '2026-12-04', overdue: false }],
    });
  });

  it("leaves out another official's trajectories, other municipalities, far terms and closed ones", async () => {
    const found = await deadlines({ kind: 'official', responsibleOfficial: 'ambtenaar-1' });
    const ids = found.items.map(([id]) => id);
    for (const absent of ['someoneElses', 'otherTown', 'responseFar', 'adviceFar', 'closed']) {
      expect(ids).not.toContain(absent);
    }
    expect((await deadlines({ kind: 'official', responsibleOfficial: 'ambtenaar-1' }, ['GM0453'])).total).toBe(1);
  });

  it("lists a body's advice that is near or past, and nothing of the college's side", async () => {
    expect(await deadlines({ kind: 'body', bodyId: BODY_ID })).toEqual({
      total: 1,
      items: [['adviceLate', [{ kind: 'body-advice', dueOn: '2026-11-20', overdue: true }]]],
    });
    expect((await deadlines({ kind: 'body' })).items.map(([id]) => id)).toEqual(['adviceLate', 'adviceNear']);
  });

  it('pages through the list with the whole count', async () => {
    const first = await listDeadlines(db.readModels, {
      holder: { kind: 'official', responsibleOfficial: 'ambtenaar-1' },
      municipalities: ['GM0375'],
      today: TODAY,
      horizon: HORIZON,
      page: { offset: 0, limit: 2 },
    });
    expect({ total: first.total, shown: first.items.length }).toEqual({ total: 5, shown: 2 });
  });
});

import { seededReadModels, type SeededReadModels } from '../queries/read-models.fixtures';
import { adviceDoc as advice } from './advice-register.fixtures';
import type { AdviceRegisterDoc } from './advice-register.doc';
import { listAdvice } from './advice-register.queries';
import { overdueCheckpointsOf, overdueSideOf } from './advice-register.terms';
import { adviceForProposal, adviceForProposalPinned, councilProposalAdvice } from './council-proposal.queries';

const TODAY = '2026-11-23';
const PAGE = { offset: 0, limit: 50 };

const ISSUED = {
  version: 1,
  issuedOn: '2026-09-15',
  summary: 'Samenvatting.',
  clientPerspective: 'Cliënten.',
  adviceKind: 'content',
  recommendations: [{ number: 1, text: 'Eén loket.' }],
} as const;

const ROWS = {
  overdue: advice('overdue', { status: 'advised', responseDueOn: '2026-11-01', advice: ISSUED }),
  dueLater: advice('dueLater', { status: 'advised', responseDueOn: '2026-12-15', advice: ISSUED }),
  noDueDate: advice('noDueDate', { startedAt: '2026-10-01T10:00:00.000Z' }),
  heemskerk: advice('heemskerk', {
    municipalityCode: 'GM0396',
    status: 'attached',
    proposals: [{ proposalRef: 'RV-2026-031', attachedOn: '2026-11-02', decisions: [] }],
  }),
  attached: advice('attached', {
    status: 'attached',
    proposals: [{ proposalRef: 'RV-2026-031', attachedOn: '2026-11-01', decisions: [] }],
  }),
  regional: advice('regional', {
    municipalityCode: 'GM0453',
    addressedTo: ['GM0453', 'GM0375'],
    bodyId: 'c0a80101-0000-4000-8000-0000000000b2',
    kind: 'unsolicited',
    domain: 'youth',
    responsibleOfficial: 'official-7',
    status: 'started',
    adviceDueOn: '2026-11-10',
    startedAt: '2026-08-01T10:00:00.000Z',
  }),
  followedUp: advice('followedUp', {
    status: 'responded',
    respondedOn: '2026-06-01',
    responses: [
      { municipalityCode: 'GM0375', adviceVersion: 1, respondedOn: '2026-06-01', decisions: [], corrections: [] },
    ],
    advice: {
      version: 1,
      issuedOn: '2026-05-01',
      summary: 'Samenvatting.',
      clientPerspective: 'Cliënten.',
      adviceKind: 'content',
      recommendations: [
        { number: 1, text: 'Eén loket.', implementation: { status: 'in-progress', reportedOn: '2026-09-01' } },
      ],
    },
    followUp: [
      { dueOn: '2026-08-01', description: 'Gemeld vóór de rapportage.' },
      { dueOn: '2026-10-01', description: 'Nog niets gehoord.' },
    ],
    startedAt: '2026-05-01T10:00:00.000Z',
  }),
};

describe('the advice register queries', () => {
  let db: SeededReadModels;
  beforeAll(async () => {
    db = await seededReadModels('advice-queries');
    await db.seed('advice-register', ROWS, 10n);
  });
  afterAll(() => db.close());

  const ids = (docs: readonly AdviceRegisterDoc[]): string[] => docs.map((doc) => doc.trajectoryId);

  describe('listing advice', () => {
    it('lists the due soonest first and advice without a due date last, newest start first', async () => {
      const page = await listAdvice(db.readModels, { municipalities: ['GM0375'], today: TODAY, page: PAGE });
      expect(ids(page.items)).toEqual(['overdue', 'dueLater', 'noDueDate', 'attached', 'regional', 'followedUp']);
      expect(page).toMatchObject({ total: 6, offset: 0, limit: 50 });
    });

    it('lists every municipality for the public', async () => {
      const page = await listAdvice(db.readModels, { municipalities: undefined, today: TODAY, page: PAGE });
      expect(page.total).toBe(7);
    });

    it('tells overdue advice from the rest by today', async () => {
      const request = { municipalities: ['GM0375'], today: TODAY, page: PAGE };
      const overdue = await listAdvice(db.readModels, { ...request, overdue: true });
      const rest = await listAdvice(db.readModels, { ...request, overdue: false });
      expect(ids(overdue.items)).toEqual(['overdue', 'regional']);
      expect(ids(rest.items)).toEqual(['dueLater', 'noDueDate', 'attached', 'followedUp']);
      const earlier = await listAdvice(db.readModels, { ...request, today: '2026-10-31', overdue: true });
      expect(earlier.total).toBe(0);
    });

    it('filters overdue exactly as the domain judges each side', async () => {
      for (const today of ['2026-10-31', '2026-11-02', '2026-11-11', TODAY]) {
        const request = { municipalities: undefined, today, page: PAGE };
        const overdue = await listAdvice(db.readModels, { ...request, overdue: true });
        const all = await listAdvice(db.readModels, request);
        const judged = all.items.filter((doc) => overdueSideOf(doc, today) !== undefined);
        expect(ids(overdue.items)).toEqual(ids(judged));
      }
      expect(overdueSideOf(ROWS.regional, TODAY)).toBe('body');
      expect(overdueSideOf(ROWS.overdue, TODAY)).toBe('college');
    });

    it('finds follow-up checkpoints overdue exactly as the domain does', async () => {
      for (const today of ['2026-07-31', '2026-08-02', '2026-10-02']) {
        const request = { municipalities: undefined, today, page: PAGE };
        const late = await listAdvice(db.readModels, { ...request, followUpOverdue: true });
        const onTime = await listAdvice(db.readModels, { ...request, followUpOverdue: false });
        const all = await listAdvice(db.readModels, request);
        const judged = all.items.filter((doc) => overdueCheckpointsOf(doc, today).length > 0);
        expect(ids(late.items)).toEqual(ids(judged));
        expect(late.total + onTime.total).toBe(all.total);
      }
      const late = await listAdvice(db.readModels, {
        municipalities: undefined,
        today: '2026-10-02',
        page: PAGE,
        followUpOverdue: true,
      });
      expect(ids(late.items)).toEqual(['followedUp']);
    });

    it('shows a regional advice to each municipality it is addressed to, and no other', async () => {
      const request = { today: TODAY, page: PAGE };
      const velsen = await listAdvice(db.readModels, { ...request, municipalities: ['GM0453'] });
      const heemskerk = await listAdvice(db.readModels, { ...request, municipalities: ['GM0396'] });
      expect(ids(velsen.items)).toEqual(['regional']);
      expect(ids(heemskerk.items)).toEqual(['heemskerk']);
    });

    it('filters by body, domain, kind and responsible official', async () => {
      const request = { municipalities: undefined, today: TODAY, page: PAGE };
      const filtered = await Promise.all([
        listAdvice(db.readModels, { ...request, bodyId: 'c0a80101-0000-4000-8000-0000000000b2' }),
        listAdvice(db.readModels, { ...request, domain: 'youth' }),
        listAdvice(db.readModels, { ...request, kind: 'unsolicited' }),
        listAdvice(db.readModels, { ...request, responsibleOfficial: 'official-7' }),
      ]);
      expect(filtered.map((page) => ids(page.items))).toEqual([['regional'], ['regional'], ['regional'], ['regional']]);
      const none = await listAdvice(db.readModels, { ...request, domain: 'youth', kind: 'solicited' });
      expect(none.total).toBe(0);
    });

    it('filters by status and pages, counting the whole list', async () => {
      const advised = await listAdvice(db.readModels, {
        municipalities: ['GM0375'],
        status: 'advised',
        today: TODAY,
        page: { offset: 1, limit: 1 },
      });
      expect(advised).toMatchObject({ total: 2, offset: 1, limit: 1 });
      expect(ids(advised.items)).toEqual(['dueLater']);
    });

    it('waits for minPosition, and gives up on one the register never reaches', async () => {
      const request = { municipalities: ['GM0375'], today: TODAY, page: PAGE };
      await expect(listAdvice(db.readModels, { ...request, minPosition: 10n })).resolves.toMatchObject({ total: 6 });
      await expect(listAdvice(db.readModels, { ...request, minPosition: 11n })).rejects.toMatchObject({
        code: 'QUERY.READ_MODEL_BEHIND',
      });
    });
  });

  describe('the advice attached to a council proposal', () => {
    it('finds it in the municipalities asked for, by start', async () => {
      const mine = await adviceForProposal(db.readModels, { proposalRef: 'RV-2026-031', municipalities: ['GM0375'] });
      const all = await adviceForProposal(db.readModels, { proposalRef: 'RV-2026-031', municipalities: undefined });
      expect(ids(mine)).toEqual(['attached']);
      expect(ids(all).sort()).toEqual(['attached', 'heemskerk']);
    });

    it('answers the current report from the register when no position is pinned', async () => {
      const request = { proposalRef: 'RV-2026-031', municipalities: ['GM0396'] };
      const current = await councilProposalAdvice(db.readModels, db.store, request);
      expect(current).toMatchObject({ recorded: true, advice: [{ trajectoryId: 'heemskerk' }] });
    });

    it('refuses to pin to a position the store has not recorded, naming its head', async () => {
      const request = { proposalRef: 'RV-2026-031', municipalities: undefined, at: 5n };
      const pinned = await adviceForProposalPinned(db.readModels, db.store, request, { waitMs: 0 });
      expect(pinned).toEqual({ recorded: false, head: null });
    });
  });
});

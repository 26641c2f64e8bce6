import { seededReadModels, type SeededReadModels } from '../queries/read-models.fixtures';
import type { AdviceRegisterDoc } from './advice-register.doc';
import { listAdvice } from './advice-register.queries';
import { adviceForProposal, adviceForProposalPinned, councilProposalAdvice } from './council-proposal.queries';

const TODAY = '2026-11-23';
const PAGE = { offset: 0, limit: 50 };

function advice(id: string, fields: Partial<AdviceRegisterDoc>): AdviceRegisterDoc {
  return {
    trajectoryId: id,
    municipalityCode: 'GM0375',
    bodyId: 'c0a80101-0000-4000-8000-0000000000b1',
    kind: 'solicited',
    subject: `Advies ${id}`,
    domain: 'wmo',
    policyPhase: 'preparation',
    status: 'started',
    signalIds: [],
    tableIds: [],
    proposals: [],
    followUp: [],
    disputes: [],
    startedAt: '2026-09-01T10:00:00.000Z',
    ...fields,
  };
}

const ROWS = {
  overdue: advice('overdue', { status: 'advised', responseDueOn: '2026-11-01' }),
  dueLater: advice('dueLater', { status: 'advised', responseDueOn: '2026-12-15' }),
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
      expect(ids(page.items)).toEqual(['overdue', 'dueLater', 'noDueDate', 'attached']);
      expect(page).toMatchObject({ total: 4, offset: 0, limit: 50 });
    });

    it('lists every municipality for the public', async () => {
      const page = await listAdvice(db.readModels, { municipalities: undefined, today: TODAY, page: PAGE });
      expect(page.total).toBe(5);
    });

    it('tells overdue advice from the rest by today', async () => {
      const request = { municipalities: ['GM0375'], today: TODAY, page: PAGE };
      const overdue = await listAdvice(db.readModels, { ...request, overdue: true });
      const rest = await listAdvice(db.readModels, { ...request, overdue: false });
      expect(ids(overdue.items)).toEqual(['overdue']);
      expect(ids(rest.items)).toEqual(['dueLater', 'noDueDate', 'attached']);
      const earlier = await listAdvice(db.readModels, { ...request, today: '2026-10-31', overdue: true });
      expect(earlier.total).toBe(0);
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
      await expect(listAdvice(db.readModels, { ...request, minPosition: 10n })).resolves.toMatchObject({ total: 4 });
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
      const pinned = await adviceForProposalPinned(db.store, request, { waitMs: 0 });
      expect(pinned).toEqual({ recorded: false, head: null });
    });
  });
});

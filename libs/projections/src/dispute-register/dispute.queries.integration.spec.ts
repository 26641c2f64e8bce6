import type { AdviceRegisterDoc } from '../advice-register/advice-register.doc';
import { seededReadModels, type SeededReadModels } from '../queries/read-models.fixtures';
import type { BodyDisputesDoc } from './body-disputes.projection';
import { listDisputes } from './dispute.queries';

const IJMOND = 'c0a80101-0000-4000-8000-0000000000b1';
const OTHER_BODY = 'c0a80101-0000-4000-8000-0000000000b2';

const trajectory: Partial<AdviceRegisterDoc> & Pick<AdviceRegisterDoc, 'trajectoryId'> = {
  trajectoryId: 'c0a80101-0000-4000-8000-000000000a01',
  municipalityCode: 'GM0375',
  addressedTo: ['GM0375', 'GM0396'],
  bodyId: IJMOND,
  subject: 'Herziening verordening Wmo 2027',
  disputes: [
    { disputeNumber: 1, reason: 'Geen terugkoppeling.', raisedBy: 'body', raisedAt: '2026-10-01T10:00:00.000Z' },
  ],
};

const bodies: Record<string, BodyDisputesDoc> = {
  [IJMOND]: {
    bodyId: IJMOND,
    municipalityCodes: ['GM0375', 'GM0396', 'GM0453'],
    disputes: [
      {
        disputeId: 'c0a80101-0000-4000-8000-000000000f01',
        about: 'facilities',
        raisedBy: 'body',
        reason: 'Geen vergaderruimte.',
        raisedAt: '2026-11-01T10:00:00.000Z',
        resolution: 'Zaal beschikbaar.',
        resolvedAt: '2026-11-20T10:00:00.000Z',
      },
    ],
  },
  [OTHER_BODY]: {
    bodyId: OTHER_BODY,
    municipalityCodes: ['GM0363'],
    disputes: [
      {
        disputeId: 'c0a80101-0000-4000-8000-000000000f02',
        about: 'information',
        raisedBy: 'municipality',
        reason: 'Stukken te laat.',
        raisedAt: '2026-09-01T10:00:00.000Z',
      },
    ],
  },
};

describe('the dispute list', () => {
  let db: SeededReadModels;
  beforeAll(async () => {
    db = await seededReadModels('disputes');
    await db.seed('advice-register', { [trajectory.trajectoryId]: trajectory }, 10n);
    await db.seed('body-disputes', bodies, 10n);
  });
  afterAll(() => db.close());

  it('lists trajectory and body disputes together, the latest raised first', async () => {
    const disputes = await listDisputes(db.readModels, { municipalities: undefined });
    expect(disputes).toEqual([
      expect.objectContaining({
        kind: 'body',
        about: 'facilities',
        status: 'resolved',
        resolution: 'Zaal beschikbaar.',
      }),
      expect.objectContaining({
        kind: 'trajectory',
        about: 'trajectory',
        trajectoryId: trajectory.trajectoryId,
        disputeNumber: 1,
        raisedBy: 'body',
        status: 'open',
      }),
      expect.objectContaining({ kind: 'body', bodyId: OTHER_BODY, raisedBy: 'municipality', status: 'open' }),
    ]);
  });

  it('keeps to the municipalities, the body and the status asked for', async () => {
    const heemskerk = await listDisputes(db.readModels, { municipalities: ['GM0396'] });
    const open = await listDisputes(db.readModels, { municipalities: undefined, bodyId: IJMOND, open: true });
    const resolved = await listDisputes(db.readModels, { municipalities: undefined, open: false });
    expect(heemskerk.map((d) => d.kind)).toEqual(['body', 'trajectory']);
    expect(open.map((d) => d.kind)).toEqual(['trajectory']);
    expect(resolved.map((d) => d.about)).toEqual(['facilities']);
  });
});

import { seededReadModels, type SeededReadModels } from '../queries/read-models.fixtures';
import type { SignalRegisterDoc } from './signal-register.projection';
import { findSignal, listSignals } from './signal-register.queries';

const PAGE = { offset: 0, limit: 50 };

function signal(id: string, fields: Partial<SignalRegisterDoc>): SignalRegisterDoc {
  return {
    signalId: id,
    bodyId: 'c0a80101-0000-4000-8000-0000000000b1',
    municipalityCode: 'GM0375',
    channel: 'walk-in',
    receivedOn: '2026-11-01',
    themes: ['woningaanpassing'],
    domain: 'wmo',
    targetGroups: [],
    summary: { personId: id, ciphertext: 'sealed' },
    status: 'recorded',
    clusters: [],
    recordedAt: '2026-11-01T10:00:00.000Z',
    ...fields,
  };
}

describe('the signal register queries', () => {
  let db: SeededReadModels;
  beforeAll(async () => {
    db = await seededReadModels('signal-queries');
    await db.seed(
      'signal-register',
      {
        older: signal('older', { receivedOn: '2026-10-01', status: 'assessed', scope: 'collective' }),
        newer: signal('newer', { receivedOn: '2026-11-15', status: 'assessed', scope: 'individual' }),
        closed: signal('closed', { receivedOn: '2026-11-10', status: 'closed' }),
        elsewhere: signal('elsewhere', { municipalityCode: 'GM0396' }),
      },
      3n,
    );
  });
  afterAll(() => db.close());

  const ids = (docs: readonly SignalRegisterDoc[]): string[] => docs.map((doc) => doc.signalId);

  it('lists the signals of the municipalities asked for, newest received first', async () => {
    const page = await listSignals(db.readModels, { municipalities: ['GM0375'], page: PAGE });
    expect(ids(page.items)).toEqual(['newer', 'closed', 'older']);
    expect(page).toMatchObject({ total: 3, offset: 0, limit: 50 });
  });

  it('filters by status and by scope', async () => {
    const request = { municipalities: ['GM0375', 'GM0396'], page: PAGE };
    expect(ids((await listSignals(db.readModels, { ...request, status: 'assessed' })).items)).toEqual([
      'newer',
      'older',
    ]);
    expect(ids((await listSignals(db.readModels, { ...request, scope: 'collective' })).items)).toEqual(['older']);
  });

  it('pages, counting the whole list', async () => {
    const page = await listSignals(db.readModels, { municipalities: ['GM0375'], page: { offset: 2, limit: 2 } });
    expect(page).toMatchObject({ total: 3, offset: 2, limit: 2 });
    expect(ids(page.items)).toEqual(['older']);
  });

  it('finds one signal, or nothing for an unknown id', async () => {
    await expect(findSignal(db.readModels, 'older', 3n)).resolves.toMatchObject({ signalId: 'older' });
    await expect(findSignal(db.readModels, 'unknown', undefined)).resolves.toBeNull();
  });

  it('gives up on a position the register never reaches', async () => {
    await expect(findSignal(db.readModels, 'older', 4n)).rejects.toMatchObject({ code: 'QUERY.READ_MODEL_BEHIND' });
  });
});

import { seededReadModels, type SeededReadModels } from '../queries/read-models.fixtures';
import { adviceDoc } from './advice-register.fixtures';
import type { AdviceRegisterDoc, ProposalEntry } from './advice-register.doc';
import { adviceForProposal, proposalEntries } from './council-proposal.queries';
import { listCouncilProposals } from './council-proposal-list.queries';

const REF = 'RV-2026-031';

const advice = (id: string, fields: Partial<AdviceRegisterDoc>): AdviceRegisterDoc =>
  adviceDoc(id, { addressedTo: ['GM0375'], status: 'attached', responses: [], ...fields });

const proposal = (municipalityCode: string, fields: Partial<ProposalEntry> = {}): ProposalEntry => ({
  municipalityCode,
  proposalRef: REF,
  attachedOn: '2026-10-01',
  decisions: [],
  ...fields,
});

const ROWS = {
  beverwijk: advice('beverwijk', {
    proposals: [proposal('GM0375', { proposalUrl: 'https://ris.example/GM0375/1' })],
  }),
  velsen: advice('velsen', {
    municipalityCode: 'GM0453',
    addressedTo: ['GM0453'],
    proposals: [proposal('GM0453', { decisions: [{ decidedOn: '2026-11-01', decision: 'adopted' }] })],
  }),
  regional: advice('regional', {
    addressedTo: ['GM0375', 'GM0453'],
    proposals: [
      proposal('GM0375', { attachedOn: '2026-09-20' }),
      proposal('GM0453', { decisions: [{ decidedOn: '2026-10-15', decision: 'postponed' }] }),
    ],
  }),
  beforeTheSecondRound: advice('beforeTheSecondRound', {
    municipalityCode: 'GM0396',
    addressedTo: undefined,
    proposals: [{ proposalRef: 'RV-7', attachedOn: '2026-01-01', decisions: [] }],
  }),
};

describe('council proposals per municipality', () => {
  let db: SeededReadModels;
  beforeAll(async () => {
    db = await seededReadModels('council-proposals');
    await db.seed('advice-register', ROWS, 10n);
  });
  afterAll(() => db.close());

  it('lists one proposal per municipality, even when two share a reference', async () => {
    const proposals = await listCouncilProposals(db.readModels, { municipalities: undefined });
    expect(proposals).toEqual([
      {
        municipalityCode: 'GM0375',
        proposalRef: REF,
        proposalUrl: 'https://ris.example/GM0375/1',
        firstAttachedOn: '2026-09-20',
        adviceCount: 2,
        decisionStatus: 'awaiting-decision',
      },
      {
        municipalityCode: 'GM0396',
        proposalRef: 'RV-7',
        firstAttachedOn: '2026-01-01',
        adviceCount: 1,
        decisionStatus: 'awaiting-decision',
      },
      {
        municipalityCode: 'GM0453',
        proposalRef: REF,
        firstAttachedOn: '2026-10-01',
        adviceCount: 2,
        decisionStatus: 'decided',
        latestDecision: { decidedOn: '2026-11-01', decision: 'adopted' },
      },
    ]);
  });

  it('lists only the proposals of the municipalities asked for', async () => {
    const proposals = await listCouncilProposals(db.readModels, { municipalities: ['GM0453'] });
    expect(proposals.map((p) => [p.municipalityCode, p.proposalRef, p.adviceCount])).toEqual([['GM0453', REF, 2]]);
  });

  it('reports each municipality’s proposal apart, naming its municipality', async () => {
    const docs = await adviceForProposal(db.readModels, { proposalRef: REF, municipalities: undefined });
    const entries = proposalEntries(docs, REF, ['GM0453']);
    expect(entries.map((e) => [e.doc.trajectoryId, e.municipalityCode])).toEqual([
      ['regional', 'GM0453'],
      ['velsen', 'GM0453'],
    ]);
    const all = proposalEntries(docs, REF, undefined).map((e) => `${e.doc.trajectoryId}@${e.municipalityCode}`);
    expect(all.sort()).toEqual(['beverwijk@GM0375', 'regional@GM0375', 'regional@GM0453', 'velsen@GM0453']);
  });
});

import type { InfluenceChain } from '../../api/api-types';
import { nl } from '../../i18n/messages.nl';
import type { PageContext } from '../../page/page-context';
import { trajectoryActions } from './trajectory-actions.rules';

const as = (roles: string[], municipalities: string[]): PageContext =>
  ({ t: nl, session: { principal: { id: 'x', roles, municipalities } } }) as unknown as PageContext;

const chain = (overrides: Partial<InfluenceChain>): InfluenceChain => ({
  trajectoryId: 't1',
  municipalityCode: 'GM0375',
  subject: 'Vervoer',
  kind: 'solicited',
  status: 'advised',
  addressedTo: ['GM0375'],
  signals: [],
  tables: [],
  advice: { version: 1, issuedOn: '2026-05-01', summary: 's', clientPerspective: 'c', recommendations: [] },
  councilProposals: [],
  ...overrides,
});

describe('the forms a trajectory page offers', () => {
  it('offers the official the college response first once the advice is in', () => {
    const [first, ...rest] = trajectoryActions(as(['official'], ['GM0375']), chain({}));
    expect(first).toEqual({
      href: '/werkruimte/trajecten/t1/collegereactie',
      label: 'Reactie van het college vastleggen',
      next: true,
    });
    expect(rest.every((action) => !action.next)).toBe(true);
  });

  it('offers attaching to a council proposal next once the college has answered', () => {
    const responded = chain({ status: 'responded', collegeResponse: { respondedOn: '2026-06-01' } });
    expect(trajectoryActions(as(['official'], ['GM0375']), responded)[0]?.label).toBe('Bij raadsvoorstel voegen');
  });

  it("offers each addressed college its own response next, even after another college's", () => {
    const regional = chain({
      status: 'responded',
      addressedTo: ['GM0375', 'GM0396'],
      collegeResponse: { respondedOn: '2026-06-01' },
      municipalities: [{ municipalityCode: 'GM0375', respondedOn: '2026-06-01' }, { municipalityCode: 'GM0396' }],
    });
    expect(trajectoryActions(as(['official'], ['GM0396']), regional)[0]?.label).toBe(
      'Reactie van het college vastleggen',
    );
  });

  it('offers a body member no college forms, and nothing on a closed trajectory', () => {
    const labels = trajectoryActions(as(['body-member'], ['GM0375']), chain({})).map((action) => action.label);
    expect(labels).not.toContain('Reactie van het college vastleggen');
    expect(labels).toContain('Geschil melden');
    expect(trajectoryActions(as(['official'], ['GM0375']), chain({ status: 'closed' }))).toEqual([]);
  });
});

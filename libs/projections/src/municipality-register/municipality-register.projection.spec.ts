import { projectionSpecification, recordedEvents } from '../testing';
import { municipalityRegister } from './municipality-register.projection';

const BODY = 'c0a80101-0000-4000-8000-0000000000b1';
const event = recordedEvents({
  streamId: 'municipality-GM0375',
  at: '2026-01-05T09:00:00Z',
  actor: { id: 'admin-1', role: 'admin' },
});

const registered = event('MunicipalityRegistered', { municipalityCode: 'GM0375', name: 'Beverwijk' });
const established = event('ParticipationBodyEstablished', {
  bodyId: BODY,
  name: 'Participatieraad IJmond',
  kind: 'regional-participation-council',
  municipalityCodes: ['GM0375', 'GM0396', 'GM0453'],
  domains: ['wmo', 'youth', 'participation-act'],
});

const regulation = {
  responseTermDays: 56,
  adviceTermDays: 42,
  aldermanConsultationsPerYear: 3,
  programmeManagerConsultationEveryMonths: 2,
};
const regulated = event('ParticipationRegulationSet', { municipalityCode: 'GM0375', ...regulation });

const spec = projectionSpecification(municipalityRegister, 'GM0375');

describe('the municipality register', () => {
  it('lists a registered municipality with the bodies that serve it', () => {
    spec
      .given(registered)
      .when(established)
      .then({
        municipalityCode: 'GM0375',
        name: 'Beverwijk',
        bodies: [{ bodyId: BODY, name: 'Participatieraad IJmond', kind: 'regional-participation-council' }],
        registeredAt: '2026-01-05T09:00:00.000Z',
      });
  });

  it('touches every municipality a regional body serves', () => {
    expect(municipalityRegister.keysOf(established)).toEqual(['GM0375', 'GM0396', 'GM0453']);
    expect(municipalityRegister.keysOf(registered)).toEqual(['GM0375']);
  });

  it('keeps the regulation the municipality last set', () => {
    spec
      .given(registered, established)
      .when(regulated)
      .then((row) => expect(row?.regulation).toEqual(regulation));
  });

  it('changes nothing when every event is applied twice', () => {
    spec.thenEachEventTwiceChangesNothing([registered, established, regulated]);
  });

  it('keeps its bodies when the registration is replayed after them', () => {
    spec
      .given(registered, established, regulated)
      .when(registered)
      .then(spec.rowAfter([registered, established, regulated]));
  });

  it('ignores a body for a municipality it never saw registered', () => {
    spec.given().when(established).then(null);
  });
});

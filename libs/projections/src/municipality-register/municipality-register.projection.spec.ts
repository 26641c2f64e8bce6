import type { RecordedEvent } from '#event-store';
import { municipalityRegister, type MunicipalityRegisterDoc } from './municipality-register.projection';

const BODY = 'c0a80101-0000-4000-8000-0000000000b1';
let position = 100n;
const event = (type: string, data: object): RecordedEvent => ({
  eventId: `c0a80101-0000-4000-8000-${String(position).padStart(12, '0')}`,
  type,
  data,
  metadata: {
    occurredAt: '2026-01-05T09:00:00Z',
    actor: { id: 'admin-1', role: 'admin' },
    correlationId: 'c',
    schemaVersion: 1,
  },
  streamId: 'municipality-GM0375',
  streamRevision: 0,
  position: (position += 1n),
  recordedAt: new Date('2026-01-05T09:00:00Z'),
});

const registered = event('MunicipalityRegistered', { municipalityCode: 'GM0375', name: 'Beverwijk' });
const established = event('ParticipationBodyEstablished', {
  bodyId: BODY,
  name: 'Participatieraad IJmond',
  kind: 'regional-participation-council',
  municipalityCodes: ['GM0375', 'GM0396', 'GM0453'],
  domains: ['wmo', 'youth', 'participation-act'],
});

const fold = (events: RecordedEvent[]): MunicipalityRegisterDoc | null =>
  events.reduce<MunicipalityRegisterDoc | null>((doc, e) => municipalityRegister.evolve(doc, e, 'GM0375'), null);

describe('the municipality register', () => {
  it('lists a registered municipality with the bodies that serve it', () => {
    expect(fold([registered, established])).toEqual({
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

  it('changes nothing when every event is applied twice', () => {
    const once = fold([registered, established]);
    expect(fold([registered, registered, established, established])).toEqual(once);
  });

  it('keeps its bodies when the registration is replayed after them', () => {
    expect(fold([registered, established, registered])).toEqual(fold([registered, established]));
  });

  it('ignores a body for a municipality it never saw registered', () => {
    expect(fold([established])).toBeNull();
  });
});

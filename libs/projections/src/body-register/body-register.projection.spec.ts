import { projectionSpecification, recordedEvents } from '../testing';
import { bodyRegister } from './body-register.projection';

const BODY = 'c0a80101-0000-4000-8000-0000000000b1';
const MEMBER = 'c0a80101-0000-4000-8000-0000000000e1';
const SEALED_NAME = { personId: MEMBER, ciphertext: 'sealed-name' };
const SEALED_PROFILE = { personId: MEMBER, ciphertext: 'sealed-profile' };
const event = recordedEvents({
  streamId: `participation-body-${BODY}`,
  at: '2026-01-05T09:00:00Z',
  actor: { id: 'admin-1', role: 'admin' },
  data: { bodyId: BODY },
});

const established = event('ParticipationBodyEstablished', {
  name: 'Participatieraad IJmond',
  kind: 'regional-participation-council',
  municipalityCodes: ['GM0375', 'GM0396', 'GM0453'],
  domains: ['wmo', 'youth'],
});
const appointed = event(
  'MemberAppointed',
  {
    memberId: MEMBER,
    displayName: SEALED_NAME,
    role: 'member',
    expertise: ['lived-experience'],
    focusAreas: ['vervoer'],
    subject: 'login-mira',
    profile: SEALED_PROFILE,
    workingGroups: ['wonen'],
  },
  '2026-01-10T09:00:00Z',
);
const ended = event(
  'MembershipEnded',
  { memberId: MEMBER, reason: { personId: MEMBER, ciphertext: 'x' } },
  '2026-06-01T09:00:00Z',
);
const reappointed = event(
  'MemberAppointed',
  { memberId: MEMBER, displayName: SEALED_NAME, role: 'chair', expertise: [], focusAreas: [] },
  '2026-09-01T09:00:00Z',
);
const consultedLater = event('ConsultationRecorded', {
  consultationId: 'c-2',
  heldOn: '2026-05-04',
  with: 'programme-manager',
  topics: ['inkoop'],
});
const consultedEarlier = event('ConsultationRecorded', {
  consultationId: 'c-1',
  heldOn: '2026-02-02',
  with: 'alderman',
  topics: ['jaaragenda'],
  agreements: 'Twee keer per jaar overleg.',
});
const evaluated = event(
  'SelfEvaluationRecorded',
  { year: 2026, summary: 'Meer jongeren bereikt.' },
  '2026-12-01T09:00:00Z',
);

const spec = projectionSpecification(bodyRegister, BODY);
const history = [established, appointed, ended, reappointed, consultedLater, consultedEarlier, evaluated];

describe('the body register', () => {
  it('keeps a body with its members sealed as the events hold them', () => {
    spec
      .given(established)
      .when(appointed)
      .then({
        bodyId: BODY,
        name: 'Participatieraad IJmond',
        kind: 'regional-participation-council',
        municipalityCodes: ['GM0375', 'GM0396', 'GM0453'],
        domains: ['wmo', 'youth'],
        establishedAt: '2026-01-05T09:00:00.000Z',
        members: [
          {
            memberId: MEMBER,
            displayName: SEALED_NAME,
            role: 'member',
            expertise: ['lived-experience'],
            focusAreas: ['vervoer'],
            workingGroups: ['wonen'],
            subject: 'login-mira',
            profile: SEALED_PROFILE,
            appointedAt: '2026-01-10T09:00:00.000Z',
          },
        ],
        consultations: [],
        selfEvaluations: [],
      });
  });

  it('keeps a former member with the day the membership ended', () => {
    spec
      .given(established, appointed)
      .when(ended)
      .then((row) => expect(row?.members[0]).toMatchObject({ memberId: MEMBER, endedAt: '2026-06-01T09:00:00.000Z' }));
  });

  it('gives a member appointed again their new place, once', () => {
    spec
      .given(established, appointed, ended)
      .when(reappointed)
      .then((row) => {
        expect(row?.members).toHaveLength(1);
        expect(row?.members[0]).toMatchObject({ role: 'chair', appointedAt: '2026-09-01T09:00:00.000Z' });
        expect(row?.members[0]).not.toHaveProperty('endedAt');
      });
  });

  it('keeps consultations in the order they were held', () => {
    spec
      .given(established, consultedLater)
      .when(consultedEarlier)
      .then((row) => expect(row?.consultations.map((c) => c.consultationId)).toEqual(['c-1', 'c-2']));
  });

  it('keeps one self-evaluation per year', () => {
    spec
      .given(established)
      .when(evaluated)
      .then((row) =>
        expect(row?.selfEvaluations).toEqual([
          { year: 2026, summary: 'Meer jongeren bereikt.', recordedAt: '2026-12-01T09:00:00.000Z' },
        ]),
      );
  });

  it('changes nothing when every event is applied twice', () => {
    spec.thenEachEventTwiceChangesNothing(history);
  });

  it('keeps what it folded when the establishment is replayed after it', () => {
    spec
      .given(...history)
      .when(established)
      .then(spec.rowAfter(history));
  });

  it('ignores events of a body it never saw established', () => {
    spec.given().when(appointed).then(null);
  });
});

import { dateOf } from '#domain';
import { IJMOND_BODY_ID, seedIjmond } from '../../support/ijmond';
import { ownWrites } from '../../support/own-writes';
import { startTestApp, type TestApp } from '../../support/test-app';

const VELSEN_BODY_ID = 'c0a80101-0000-4000-8000-0000000000b2';
const UNKNOWN_ID = 'c0a80101-0000-4000-8000-00000000dead';
const CHAIR_ID = 'c0a80101-0000-4000-8000-0000000000c1';
const CHAIR_NAME = 'Mira Oudshoorn';
const RARE_DISTRICT = 'Beverwijk-Oost';
const TODAY = dateOf(new Date().toISOString());
const YEAR = Number(TODAY.slice(0, 4));

const members = `/participation-bodies/${IJMOND_BODY_ID}/members`;
const composition = `/participation-bodies/${IJMOND_BODY_ID}/composition`;
const consultations = `/participation-bodies/${IJMOND_BODY_ID}/consultations`;
const selfEvaluations = `/participation-bodies/${IJMOND_BODY_ID}/self-evaluations`;

interface Count {
  value?: string;
  count: number | null;
  suppressed?: boolean;
}

describe('the participation body queries', () => {
  let api: TestApp;
  let secretary: string;
  let official: string;
  let elsewhere: string;

  const { get, post } = ownWrites(() => api);

  beforeAll(async () => {
    api = await startTestApp('participation-body-queries');
    await seedIjmond(api, ['GM0375', 'GM0396']);
    const admin = await api.bearer('admin', ['GM0375', 'GM0396', 'GM0453'], 'admin-1');
    secretary = await api.bearer('secretary', ['GM0375'], 'secretary-1');
    official = await api.bearer('official', ['GM0396'], 'official-1');
    elsewhere = await api.bearer('official', ['GM0453'], 'official-velsen');
    await post('/municipalities', admin, { code: 'GM0453', name: 'Velsen' });
    await post('/participation-bodies', admin, {
      id: VELSEN_BODY_ID,
      name: 'Adviesraad Velsen',
      kind: 'advisory-council',
      municipalityCodes: ['GM0453'],
      domains: ['wmo'],
    });
    await post('/municipalities/GM0396/regulation', admin, { aldermanConsultationsPerYear: 3 });
    for (let n = 1; n <= 5; n += 1) {
      await post(members, secretary, {
        displayName: `Lid ${n}`,
        role: 'member',
        expertise: ['lived-experience'],
        profile: { district: 'Wijk aan Zee', ageBand: '65+' },
        profileConsent: true,
      });
    }
    await post(members, secretary, {
      memberId: CHAIR_ID,
      displayName: CHAIR_NAME,
      role: 'chair',
      expertise: ['policy'],
      subject: 'login-chair',
      profile: { district: RARE_DISTRICT },
      profileConsent: true,
      workingGroups: ['wonen'],
    });
    for (const topic of ['jaaragenda', 'inkoop', 'vervoer']) {
      await post(consultations, secretary, { heldOn: TODAY, with: 'alderman', topics: [topic] });
    }
    await post(selfEvaluations, secretary, { year: YEAR, summary: 'Meer jongeren bereikt via de schil.' });
  });
  afterAll(() => api.close());

  describe('ListParticipationBodies', () => {
    it('lists the bodies serving your municipalities', async () => {
      const response = await get('/participation-bodies', official).expect(200);
      expect(response.body).toMatchObject({
        total: 1,
        items: [{ id: IJMOND_BODY_ID, name: 'Participatieraad IJmond', municipalityCodes: ['GM0375', 'GM0396'] }],
      });
    });

    it('lists every body to the public, a page at a time, with nothing about members', async () => {
      const response = await get('/participation-bodies?offset=1&limit=1').expect(200);
      expect(response.body).toMatchObject({
        total: 2,
        offset: 1,
        limit: 1,
        items: [{ name: 'Participatieraad IJmond' }],
      });
      expect(response.text).not.toContain(CHAIR_NAME);
    });

    it('refuses a municipality that is not yours', async () => {
      await get('/participation-bodies?municipalityCode=GM0453', official).expect(403);
    });
  });

  describe('ListMembers', () => {
    it('shows the secretary names, profiles, logins and working groups', async () => {
      const response = await get(`${members}?offset=5&limit=5`, secretary).expect(200);
      expect(response.body).toMatchObject({ bodyId: IJMOND_BODY_ID, total: 6, offset: 5, limit: 5 });
      expect((response.body as { items: unknown[] }).items).toEqual([
        expect.objectContaining({
          memberId: CHAIR_ID,
          displayName: { personId: CHAIR_ID, name: CHAIR_NAME },
          role: 'chair',
          subject: 'login-chair',
          profile: { personId: CHAIR_ID, district: RARE_DISTRICT },
          workingGroups: ['wonen'],
        }),
      ]);
    });

    it('shows an official the places but no personal data and no login', async () => {
      const response = await get(`${members}?offset=5`, official).expect(200);
      const [chair] = (response.body as { items: Record<string, unknown>[] }).items;
      expect(chair).toMatchObject({
        displayName: { personId: CHAIR_ID, restricted: true },
        profile: { personId: CHAIR_ID, restricted: true },
      });
      expect(chair).not.toHaveProperty('subject');
      expect(response.text).not.toContain(CHAIR_NAME);
      expect(response.text).not.toContain(RARE_DISTRICT);
    });

    it('needs a token, a municipality the body serves and a body that exists', async () => {
      await get(members).expect(401);
      await get(members, elsewhere).expect(403);
      await get(`/participation-bodies/${UNKNOWN_ID}/members`, secretary).expect(404);
    });
  });

  describe('GetBodyComposition', () => {
    it('shows the secretary every count, rare values by name', async () => {
      const response = await get(composition, secretary).expect(200);
      const body = response.body as {
        members: Count;
        byRole: Count[];
        profile: { attribute: string; values: Count[] }[];
      };
      expect(body.members).toEqual({ count: 6 });
      expect(body.byRole).toContainEqual({ value: 'chair', count: 1 });
      expect(body.profile.find((p) => p.attribute === 'district')?.values).toContainEqual({
        value: RARE_DISTRICT,
        count: 1,
      });
    });

    it('suppresses counts below five for everyone else, the public included', async () => {
      for (const token of [official, undefined]) {
        const response = await get(composition, token).expect(200);
        const body = response.body as { members: Count; byRole: Count[]; byExpertise: Count[] };
        expect(body.members).toEqual({ count: 6 });
        expect(body.byRole).toContainEqual({ value: 'chair', count: null, suppressed: true });
        expect(body.byRole).toContainEqual({ value: 'member', count: null, suppressed: true });
        // Five alone would give away the one with policy expertise: it goes too.
        expect(body.byExpertise).toContainEqual({ value: 'policy', count: null, suppressed: true });
        expect(body.byExpertise).toContainEqual({ value: 'lived-experience', count: null, suppressed: true });
        expect(response.text).not.toContain(RARE_DISTRICT);
        expect(response.text).not.toContain(CHAIR_ID);
      }
    });

    it('refuses a caller from another municipality', async () => {
      await get(composition, elsewhere).expect(403);
    });
  });

  describe('ListConsultations', () => {
    it('counts this year’s consultations against the strictest norm of the municipalities served', async () => {
      const response = await get(consultations, official).expect(200);
      expect(response.body).toMatchObject({
        bodyId: IJMOND_BODY_ID,
        norm: { aldermanConsultationsPerYear: 3, programmeManagerConsultationEveryMonths: 2 },
        total: 1,
        items: [{ year: YEAR, inProgress: true, alderman: { count: 3, met: true } }],
      });
      const [year] = (response.body as { items: { consultations: { topics: string[] }[] }[] }).items;
      expect(year?.consultations.map((c) => c.topics)).toEqual([['jaaragenda'], ['inkoop'], ['vervoer']]);
    });

    it('answers the public, and refuses a caller from another municipality', async () => {
      await get(consultations).expect(200);
      await get(consultations, elsewhere).expect(403);
    });
  });

  describe('ListSelfEvaluations', () => {
    it('lists the yearly self-evaluations, to the public too', async () => {
      const response = await get(selfEvaluations).expect(200);
      expect(response.body).toMatchObject({
        bodyId: IJMOND_BODY_ID,
        total: 1,
        items: [{ year: YEAR, summary: 'Meer jongeren bereikt via de schil.' }],
      });
      await get(selfEvaluations, elsewhere).expect(403);
      await get(`/participation-bodies/${UNKNOWN_ID}/self-evaluations`).expect(404);
    });
  });
});

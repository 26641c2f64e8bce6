import request from 'supertest';
import { IJMOND_BODY_ID, seedIjmond } from '../../support/ijmond';
import { startTestApp, type TestApp } from '../../support/test-app';

const BODY_ID = IJMOND_BODY_ID;
const UNKNOWN_BODY_ID = 'c0a80101-0000-4000-8000-0000000000bf';
const MEMBER_ID = 'c0a80101-0000-4000-8000-0000000000c1';
const OTHER_MEMBER_ID = 'c0a80101-0000-4000-8000-0000000000c2';
const LEAVING_MEMBER_ID = 'c0a80101-0000-4000-8000-0000000000c3';
const UNKNOWN_MEMBER_ID = 'c0a80101-0000-4000-8000-0000000000cf';
const CONSULTATION_ID = 'c0a80101-0000-4000-8000-0000000000e1';

const member = {
  memberId: MEMBER_ID,
  displayName: 'Mira de Vries',
  role: 'member',
  expertise: ['lived-experience'],
  focusAreas: ['beschermd wonen'],
};
const consultation = {
  consultationId: CONSULTATION_ID,
  heldOn: '2026-10-01',
  with: 'alderman',
  topics: ['werkagenda 2027', 'inkoop jeugdhulp'],
  agreements: 'De raad wordt vóór de zomer betrokken bij de inkoop jeugdhulp.',
};
const selfEvaluation = { year: 2025, summary: 'We betrokken vaker inwoners met ervaringskennis.' };
const LOGGED_IN_MEMBER_ID = 'c0a80101-0000-4000-8000-0000000000c4';
const SHELL_MEMBER_ID = 'c0a80101-0000-4000-8000-0000000000c5';
const DISPUTE_ID = 'c0a80101-0000-4000-8000-0000000000d1';
const UNKNOWN_DISPUTE_ID = 'c0a80101-0000-4000-8000-0000000000df';
const loggedInMember = {
  memberId: LOGGED_IN_MEMBER_ID,
  displayName: 'Fatma Yilmaz',
  role: 'member',
  expertise: ['lived-experience'],
  subject: 'lid-fatma',
  profile: {
    district: 'Wijk aan Zee',
    ageBand: '45-54',
    gender: 'vrouw',
    background: 'Turks-Nederlands',
    education: 'mbo',
  },
  profileConsent: true,
  workingGroups: ['werkgroep jeugd', 'werkgroep wonen'],
};
const dispute = {
  disputeId: DISPUTE_ID,
  reason: 'De raad heeft sinds de zomer geen secretaris meer.',
  about: 'facilities',
};

describe("a participation body's operations over HTTP", () => {
  let api: TestApp;
  let admin: string;
  let secretary: string;
  let bodyMember: string;
  let official: string;
  let secretaryElsewhere: string;

  const post = (path: string, token: string, body: object) =>
    request(api.http)
      .post(`/api/v1${path}`)
      .set('Authorization', token)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify(body));

  const invalidNames = (response: request.Response): Set<string> =>
    new Set((response.body as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name));

  beforeAll(async () => {
    api = await startTestApp();
    admin = await api.bearer('admin', ['GM0375', 'GM0396']);
    secretary = await api.bearer('secretary', ['GM0396'], 'secretary-1');
    bodyMember = await api.bearer('body-member', ['GM0375', 'GM0396'], 'member-1');
    official = await api.bearer('official', ['GM0375', 'GM0396'], 'official-1');
    secretaryElsewhere = await api.bearer('secretary', ['GM0453'], 'secretary-2');
    await seedIjmond(api);
  });
  afterAll(() => api.close());

  describe('appointing a member', () => {
    it('answers 200 with the member as id, and keeps the name as personal data of the member', async () => {
      const response = await post(`/participation-bodies/${BODY_ID}/members`, secretary, member).expect(200);
      expect(response.body).toEqual({ id: MEMBER_ID, revision: 1, position: expect.any(Number) });
      expect(response.headers.etag).toBe('"1"');
      const events = await api.storage.eventStore.readStream(`participation-body-${BODY_ID}`);
      expect(events.at(-1)).toMatchObject({
        type: 'MemberAppointed',
        data: { memberId: MEMBER_ID, displayName: { personId: MEMBER_ID, value: 'Mira de Vries' } },
      });
    });

    it('lets an admin appoint a member, making the member id when the client sent none', async () => {
      const response = await post(`/participation-bodies/${BODY_ID}/members`, admin, {
        displayName: 'Sem Bakker',
        role: 'flexible-shell',
        expertise: [],
      }).expect(200);
      expect(response.body).toMatchObject({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), revision: 2 });
    });

    it('refuses to appoint an active member again with 409', async () => {
      const response = await post(`/participation-bodies/${BODY_ID}/members`, secretary, member).expect(409);
      expect(response.body).toMatchObject({ status: 409, code: 'PARTICIPATION_BODY.MEMBER_ALREADY_ACTIVE' });
    });

    it('refuses a member without a name with 422, naming the field', async () => {
      const response = await post(`/participation-bodies/${BODY_ID}/members`, secretary, {
        ...member,
        memberId: OTHER_MEMBER_ID,
        displayName: '   ',
      }).expect(422);
      expect(response.body).toMatchObject({
        code: 'PARTICIPATION_BODY.DISPLAY_NAME_MISSING',
        invalidParams: [{ name: 'displayName' }],
      });
    });

    it('answers 404 for a body that was never established', async () => {
      const response = await post(`/participation-bodies/${UNKNOWN_BODY_ID}/members`, secretary, member).expect(404);
      expect(response.body).toMatchObject({ code: 'PARTICIPATION_BODY.NOT_FOUND' });
    });

    it('refuses a body member and an official with 403', async () => {
      const asMember = { ...member, memberId: OTHER_MEMBER_ID };
      await post(`/participation-bodies/${BODY_ID}/members`, bodyMember, asMember).expect(403);
      const response = await post(`/participation-bodies/${BODY_ID}/members`, official, asMember).expect(403);
      expect(response.body).toMatchObject({ code: 'COMMAND.FORBIDDEN' });
    });

    it('refuses a secretary of a municipality the body does not serve with 403', async () => {
      const response = await post(`/participation-bodies/${BODY_ID}/members`, secretaryElsewhere, {
        ...member,
        memberId: OTHER_MEMBER_ID,
      }).expect(403);
      expect(response.body).toMatchObject({ code: 'COMMAND.FORBIDDEN' });
    });

    it('names every invalid field with 400', async () => {
      const response = await post(`/participation-bodies/${BODY_ID}/members`, secretary, {
        memberId: 'member-7',
        displayName: 'x'.repeat(201),
        role: 'treasurer',
        expertise: ['policy', 'finance'],
      }).expect(400);
      expect(invalidNames(response)).toEqual(new Set(['memberId', 'displayName', 'role', 'expertise']));
    });

    it('answers a body id that is not a UUID with 400 naming it', async () => {
      const response = await post('/participation-bodies/ijmond/members', secretary, member).expect(400);
      expect(invalidNames(response)).toEqual(new Set(['bodyId']));
    });
  });

  describe('ending a membership', () => {
    beforeAll(async () => {
      await post(`/participation-bodies/${BODY_ID}/members`, secretary, {
        ...member,
        memberId: LEAVING_MEMBER_ID,
        displayName: 'Noor Jansen',
      }).expect(200);
    });

    const end = (memberId: string, token: string, body: object = { reason: 'Verhuisd naar een andere regio.' }) =>
      post(`/participation-bodies/${BODY_ID}/members/${memberId}/_end`, token, body);

    it('answers 200 with the member as id and the revision as ETag', async () => {
      const response = await end(LEAVING_MEMBER_ID, secretary).expect(200);
      expect(response.body).toEqual({
        id: LEAVING_MEMBER_ID,
        revision: expect.any(Number),
        position: expect.any(Number),
      });
      expect(response.headers.etag).toBe(`"${(response.body as { revision: number }).revision}"`);
    });

    it('refuses to end it again with 409', async () => {
      const response = await end(LEAVING_MEMBER_ID, secretary).expect(409);
      expect(response.body).toMatchObject({ code: 'PARTICIPATION_BODY.MEMBERSHIP_ALREADY_ENDED' });
    });

    it('refuses to end it without a reason with 422', async () => {
      const response = await end(MEMBER_ID, secretary, { reason: '  ' }).expect(422);
      expect(response.body).toMatchObject({
        code: 'PARTICIPATION_BODY.REASON_MISSING',
        invalidParams: [{ name: 'reason' }],
      });
    });

    it('answers 404 for someone who was never a member', async () => {
      const response = await end(UNKNOWN_MEMBER_ID, secretary).expect(404);
      expect(response.body).toMatchObject({ code: 'PARTICIPATION_BODY.MEMBER_NOT_FOUND' });
    });

    it('answers 404 for a body that was never established', async () => {
      const response = await post(`/participation-bodies/${UNKNOWN_BODY_ID}/members/${MEMBER_ID}/_end`, secretary, {
        reason: 'Verhuisd.',
      }).expect(404);
      expect(response.body).toMatchObject({ code: 'PARTICIPATION_BODY.NOT_FOUND' });
    });

    it('refuses a body member and an official with 403', async () => {
      await end(MEMBER_ID, bodyMember).expect(403);
      await end(MEMBER_ID, official).expect(403);
    });

    it('refuses a secretary of a municipality the body does not serve with 403', async () => {
      await end(MEMBER_ID, secretaryElsewhere).expect(403);
    });

    it('answers a member id that is not a UUID with 400 naming it', async () => {
      const response = await end('mira', secretary).expect(400);
      expect(invalidNames(response)).toEqual(new Set(['memberId']));
    });

    it('names a missing reason with 400', async () => {
      const response = await end(MEMBER_ID, secretary, {}).expect(400);
      expect(invalidNames(response)).toEqual(new Set(['reason']));
    });
  });

  describe('recording a consultation', () => {
    const path = `/participation-bodies/${BODY_ID}/consultations`;

    it('answers 200 with the consultation as id and the revision as ETag', async () => {
      const response = await post(path, secretary, consultation).expect(200);
      expect(response.body).toEqual({
        id: CONSULTATION_ID,
        revision: expect.any(Number),
        position: expect.any(Number),
      });
      expect(response.headers.etag).toBe(`"${(response.body as { revision: number }).revision}"`);
    });

    it('refuses to record it again with 409', async () => {
      const response = await post(path, secretary, consultation).expect(409);
      expect(response.body).toMatchObject({ code: 'PARTICIPATION_BODY.CONSULTATION_ALREADY_RECORDED' });
    });

    it('refuses a consultation that is still to come with 422', async () => {
      const response = await post(path, secretary, {
        ...consultation,
        consultationId: undefined,
        heldOn: '2099-01-05',
      });
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({
        code: 'PARTICIPATION_BODY.CONSULTATION_IN_FUTURE',
        invalidParams: [{ name: 'heldOn' }],
      });
    });

    it('refuses a day that is not in the calendar with 422', async () => {
      const response = await post(path, secretary, {
        ...consultation,
        consultationId: undefined,
        heldOn: '2026-02-30',
      });
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ code: 'PARTICIPATION_BODY.HELD_ON_INVALID' });
    });

    it('answers 404 for a body that was never established', async () => {
      const response = await post(`/participation-bodies/${UNKNOWN_BODY_ID}/consultations`, secretary, consultation);
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ code: 'PARTICIPATION_BODY.NOT_FOUND' });
    });

    it('refuses a body member and an official with 403', async () => {
      await post(path, bodyMember, consultation).expect(403);
      await post(path, official, consultation).expect(403);
    });

    it('refuses a secretary of a municipality the body does not serve with 403', async () => {
      await post(path, secretaryElsewhere, consultation).expect(403);
    });

    it('names every invalid field with 400', async () => {
      const response = await post(path, secretary, { heldOn: '1 oktober', with: 'mayor', topics: [] }).expect(400);
      expect(invalidNames(response)).toEqual(new Set(['heldOn', 'with', 'topics']));
    });
  });

  describe('recording a self-evaluation', () => {
    const path = `/participation-bodies/${BODY_ID}/self-evaluations`;

    it('answers 200 with the body as id and the revision as ETag', async () => {
      const response = await post(path, secretary, selfEvaluation).expect(200);
      expect(response.body).toEqual({ id: BODY_ID, revision: expect.any(Number), position: expect.any(Number) });
      expect(response.headers.etag).toBe(`"${(response.body as { revision: number }).revision}"`);
    });

    it('refuses a second self-evaluation for the same year with 409', async () => {
      const response = await post(path, secretary, { ...selfEvaluation, summary: 'Een tweede terugblik.' });
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ code: 'PARTICIPATION_BODY.SELF_EVALUATION_ALREADY_RECORDED' });
    });

    it('refuses a year that has not begun with 422', async () => {
      const response = await post(path, secretary, { ...selfEvaluation, year: 2099 }).expect(422);
      expect(response.body).toMatchObject({
        code: 'PARTICIPATION_BODY.YEAR_INVALID',
        invalidParams: [{ name: 'year' }],
      });
    });

    it('answers 404 for a body that was never established', async () => {
      const response = await post(`/participation-bodies/${UNKNOWN_BODY_ID}/self-evaluations`, secretary, {
        ...selfEvaluation,
      }).expect(404);
      expect(response.body).toMatchObject({ code: 'PARTICIPATION_BODY.NOT_FOUND' });
    });

    it('refuses a body member and an official with 403', async () => {
      await post(path, bodyMember, selfEvaluation).expect(403);
      await post(path, official, selfEvaluation).expect(403);
    });

    it('refuses a secretary of a municipality the body does not serve with 403', async () => {
      await post(path, secretaryElsewhere, selfEvaluation).expect(403);
    });

    it('names every invalid field with 400', async () => {
      const response = await post(path, secretary, { year: 'twenty-twenty-five', summary: '' }).expect(400);
      expect(invalidNames(response)).toEqual(new Set(['year', 'summary']));
    });
  });

  describe('appointing a member with a login, a profile and working groups', () => {
    const path = `/participation-bodies/${BODY_ID}/members`;

    it('answers 200 and keeps the profile as personal data of the member, beside login and working groups', async () => {
      const response = await post(path, secretary, loggedInMember).expect(200);
      expect(response.body).toMatchObject({ id: LOGGED_IN_MEMBER_ID });
      const events = await api.storage.eventStore.readStream(`participation-body-${BODY_ID}`);
      expect(events.at(-1)).toMatchObject({
        type: 'MemberAppointed',
        data: {
          subject: 'lid-fatma',
          profile: { personId: LOGGED_IN_MEMBER_ID, value: loggedInMember.profile },
          workingGroups: ['werkgroep jeugd', 'werkgroep wonen'],
        },
      });
      const sealed = await api.storage.eventStore.readStream(`participation-body-${BODY_ID}`, {
        withholdPersonalData: true,
      });
      expect(JSON.stringify(sealed.at(-1)?.data)).not.toContain('Wijk aan Zee');
    });

    it('appoints a member of the flexible shell with a login', async () => {
      await post(path, secretary, {
        memberId: SHELL_MEMBER_ID,
        displayName: 'Henk Smit',
        role: 'flexible-shell',
        expertise: [],
        subject: 'schil-henk',
      }).expect(200);
    });

    it('refuses a profile without the member consenting with 422, naming profileConsent', async () => {
      const response = await post(path, secretary, {
        ...loggedInMember,
        memberId: undefined,
        subject: undefined,
        profileConsent: undefined,
      }).expect(422);
      expect(response.body).toMatchObject({
        code: 'PARTICIPATION_BODY.PROFILE_CONSENT_MISSING',
        invalidParams: [{ name: 'profileConsent' }],
      });
    });

    it('refuses a login that already belongs to a current member with 409', async () => {
      const response = await post(path, secretary, { ...loggedInMember, memberId: undefined }).expect(409);
      expect(response.body).toMatchObject({ code: 'PARTICIPATION_BODY.SUBJECT_ALREADY_MEMBER' });
    });

    it('refuses a working group named twice with 422, naming it', async () => {
      const response = await post(path, secretary, {
        displayName: 'Kees Jansen',
        role: 'member',
        expertise: [],
        workingGroups: ['werkgroep jeugd', 'werkgroep jeugd'],
      }).expect(422);
      expect(response.body).toMatchObject({
        code: 'PARTICIPATION_BODY.WORKING_GROUP_REPEATED',
        invalidParams: [{ name: 'workingGroups[1]' }],
      });
    });

    it('names a profile that is no object, an unknown profile attribute and a consent that is no boolean with 400', async () => {
      const response = await post(path, secretary, {
        displayName: 'Kees Jansen',
        role: 'member',
        expertise: [],
        subject: 42,
        profile: { religion: 'x' },
        profileConsent: 'ja',
        workingGroups: 'jeugd',
      }).expect(400);
      expect(invalidNames(response)).toEqual(
        new Set(['subject', 'profile.religion', 'profileConsent', 'workingGroups']),
      );
    });
  });

  describe('raising a dispute about the body', () => {
    const path = `/participation-bodies/${BODY_ID}/disputes`;

    it('answers 200 with the dispute as id when an official raises it', async () => {
      const response = await post(path, official, dispute).expect(200);
      expect(response.body).toEqual({ id: DISPUTE_ID, revision: expect.any(Number), position: expect.any(Number) });
      const events = await api.storage.eventStore.readStream(`participation-body-${BODY_ID}`);
      expect(events.at(-1)).toMatchObject({
        type: 'BodyDisputeRaised',
        data: { disputeId: DISPUTE_ID, about: 'facilities', raisedBy: 'municipality' },
      });
    });

    it("lets a current member raise one for the body's side", async () => {
      const member = await api.bearer('body-member', ['GM0375'], 'lid-fatma');
      const response = await post(path, member, {
        reason: 'Afspraken over informatie worden niet nagekomen.',
        about: 'information',
      });
      expect(response.status).toBe(200);
    });

    it('refuses a body member who is no current member, and one of the flexible shell, with 403', async () => {
      const stranger = await post(path, bodyMember, { reason: 'x', about: 'other' }).expect(403);
      expect(stranger.body).toMatchObject({ code: 'COMMAND.FORBIDDEN' });
      const shell = await api.bearer('body-member', ['GM0375'], 'schil-henk');
      await post(path, shell, { reason: 'x', about: 'other' }).expect(403);
    });

    it('refuses an admin, who is no party to it, with 422', async () => {
      const response = await post(path, admin, { reason: 'x', about: 'other' }).expect(422);
      expect(response.body).toMatchObject({ code: 'PARTICIPATION_BODY.NOT_A_PARTY' });
    });

    it('refuses to raise the same dispute again with 409', async () => {
      const response = await post(path, official, dispute).expect(409);
      expect(response.body).toMatchObject({ code: 'PARTICIPATION_BODY.DISPUTE_ALREADY_RAISED' });
    });

    it('answers 404 for a body that was never established', async () => {
      const response = await post(`/participation-bodies/${UNKNOWN_BODY_ID}/disputes`, official, dispute).expect(404);
      expect(response.body).toMatchObject({ code: 'PARTICIPATION_BODY.NOT_FOUND' });
    });

    it('refuses a council member and the dispute committee with 403', async () => {
      await post(path, await api.bearer('council-member', ['GM0375']), dispute).expect(403);
      await post(path, await api.bearer('dispute-committee', ['GM0375']), dispute).expect(403);
    });

    it('names every invalid field with 400', async () => {
      const response = await post(path, official, { disputeId: 'geschil-1', reason: '', about: 'money' }).expect(400);
      expect(invalidNames(response)).toEqual(new Set(['disputeId', 'reason', 'about']));
    });
  });

  describe('resolving a dispute about the body', () => {
    const path = `/participation-bodies/${BODY_ID}/disputes/${DISPUTE_ID}/_resolve`;
    const resolution = { resolution: 'De gemeente stelt per 1 januari weer een secretaris beschikbaar.' };
    let committee: string;
    beforeAll(async () => {
      committee = await api.bearer('dispute-committee', ['GM0375'], 'geschillencommissie');
    });

    it('refuses the parties, the admin included, with 403', async () => {
      await post(path, official, resolution).expect(403);
      await post(path, secretary, resolution).expect(403);
      const response = await post(path, admin, resolution).expect(403);
      expect(response.body).toMatchObject({ code: 'COMMAND.FORBIDDEN' });
    });

    it('answers 200 with the dispute as id when the dispute committee resolves it', async () => {
      const response = await post(path, committee, resolution).expect(200);
      expect(response.body).toEqual({ id: DISPUTE_ID, revision: expect.any(Number), position: expect.any(Number) });
    });

    it('refuses to resolve it again with 409', async () => {
      const response = await post(path, committee, resolution).expect(409);
      expect(response.body).toMatchObject({ code: 'PARTICIPATION_BODY.DISPUTE_ALREADY_RESOLVED' });
    });

    it('answers 404 for a dispute that was never raised', async () => {
      const unknown = `/participation-bodies/${BODY_ID}/disputes/${UNKNOWN_DISPUTE_ID}/_resolve`;
      const response = await post(unknown, committee, resolution).expect(404);
      expect(response.body).toMatchObject({ code: 'PARTICIPATION_BODY.DISPUTE_NOT_FOUND' });
    });

    it('refuses a dispute committee of a municipality the body does not serve with 403', async () => {
      await post(path, await api.bearer('dispute-committee', ['GM0453']), resolution).expect(403);
    });

    it('names a missing resolution and a dispute id that is not a UUID with 400', async () => {
      const missing = await post(path, committee, {}).expect(400);
      expect(invalidNames(missing)).toEqual(new Set(['resolution']));
      const notAnId = await post(`/participation-bodies/${BODY_ID}/disputes/geschil-1/_resolve`, committee, resolution);
      expect(notAnId.status).toBe(400);
      expect(invalidNames(notAnId)).toEqual(new Set(['disputeId']));
    });
  });
});

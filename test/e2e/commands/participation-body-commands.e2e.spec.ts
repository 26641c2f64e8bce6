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
});

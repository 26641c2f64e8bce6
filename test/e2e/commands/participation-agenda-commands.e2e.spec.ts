import request from 'supertest';
import { ExecuteCommand, ExecuteCommandHandler, type CommandDefinition } from '#application';
import { signalDecider, signalStreamId, type RecordSignal, type SignalEvent, type SignalState } from '#domain';
import { IJMOND_BODY_ID, seedIjmond } from '../../support/ijmond';
import { startTestApp, type TestApp } from '../../support/test-app';

const BODY_ID = IJMOND_BODY_ID;
const UNKNOWN_BODY_ID = 'c0a80101-0000-4000-8000-0000000000bf';
const AGENDA_ID = 'c0a80101-0000-4000-8000-0000000000a1';
const UNKNOWN_AGENDA_ID = 'c0a80101-0000-4000-8000-0000000000af';
const ITEM_ID = 'c0a80101-0000-4000-8000-0000000000d1';
const SIGNAL_IN_BEVERWIJK = 'c0a80101-0000-4000-8000-0000000000f1';
const SIGNAL_IN_VELSEN = 'c0a80101-0000-4000-8000-0000000000f2';
const UNKNOWN_SIGNAL_ID = 'c0a80101-0000-4000-8000-0000000000ff';
const SECOND_SIGNAL_IN_BEVERWIJK = 'c0a80101-0000-4000-8000-0000000000f3';
const CLUSTER_IN_BEVERWIJK = 'c0a80101-0000-4000-8000-0000000000e1';
const EMPTY_AGENDA_ID = 'c0a80101-0000-4000-8000-0000000000a2';

/**
 * Signals are recorded through their own operation; here they are recorded through the same
 * pipeline and the signal decider, so these tests need nothing of the signal API.
 */
const recordSignal: CommandDefinition<RecordSignal, SignalEvent, SignalState> = {
  operationId: 'RecordSignal',
  decider: signalDecider,
  creates: true,
  streamId: (data) => signalStreamId(data.signalId),
  resultId: (data) => data.signalId,
  municipalities: (data) => [data.municipalityCode],
};

const signalData = (signalId: string, municipalityCode: string): RecordSignal['data'] => ({
  signalId,
  bodyId: BODY_ID,
  municipalityCode,
  channel: 'living-room-talk',
  receivedOn: '2026-11-02',
  themes: ['eenzaamheid'],
  domain: 'wmo',
  summary: 'Ouderen in de wijk zien weinig mensen.',
  subjectId: `c0a80101-0000-4000-8000-0000000001${signalId.slice(-2)}`,
});

const item = {
  itemId: ITEM_ID,
  theme: 'Eenzaamheid onder ouderen',
  source: 'signal',
  signalIds: [SIGNAL_IN_BEVERWIJK],
};

describe("a participation agenda's operations over HTTP", () => {
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
    admin = await api.bearer('admin', ['GM0375', 'GM0396', 'GM0453']);
    secretary = await api.bearer('secretary', ['GM0375'], 'secretary-1');
    bodyMember = await api.bearer('body-member', ['GM0375', 'GM0396'], 'member-1');
    official = await api.bearer('official', ['GM0375', 'GM0396'], 'official-1');
    secretaryElsewhere = await api.bearer('secretary', ['GM0453'], 'secretary-2');
    await seedIjmond(api);
    const principal = { id: 'member-1', roles: ['body-member' as const], municipalities: ['GM0375', 'GM0453'] };
    for (const [signalId, municipalityCode] of [
      [SIGNAL_IN_BEVERWIJK, 'GM0375'],
      [SIGNAL_IN_VELSEN, 'GM0453'],
      [SECOND_SIGNAL_IN_BEVERWIJK, 'GM0375'],
    ] as const) {
      await new ExecuteCommandHandler(api.storage.eventStore).execute(
        new ExecuteCommand(recordSignal, {
          data: signalData(signalId, municipalityCode),
          principal,
          now: '2026-11-02T10:00:00+01:00',
          correlationId: `seed-${signalId}`,
          causationId: `seed-${signalId}`,
        }),
      );
    }
  });
  afterAll(() => api.close());

  describe('drafting an agenda', () => {
    const agenda = { id: AGENDA_ID, bodyId: BODY_ID, year: 2027 };

    it('answers 201 with the agenda as id and the revision as ETag', async () => {
      const response = await post('/participation-agendas', secretary, agenda).expect(201);
      expect(response.body).toEqual({ id: AGENDA_ID, revision: 0, position: expect.any(Number) });
      expect(response.headers.etag).toBe('"0"');
    });

    it('refuses to draft the same agenda again with 409', async () => {
      const response = await post('/participation-agendas', secretary, agenda).expect(409);
      expect(response.body).toMatchObject({ code: 'PARTICIPATION_AGENDA.ALREADY_DRAFTED' });
    });

    it('refuses a body that was never established with 422, naming the field', async () => {
      const response = await post('/participation-agendas', secretary, {
        bodyId: UNKNOWN_BODY_ID,
        year: 2027,
      }).expect(422);
      expect(response.body).toMatchObject({
        code: 'PARTICIPATION_BODY.UNKNOWN',
        invalidParams: [{ name: 'bodyId' }],
      });
    });

    it('refuses a body member and an official with 403', async () => {
      await post('/participation-agendas', bodyMember, { bodyId: BODY_ID, year: 2028 }).expect(403);
      const response = await post('/participation-agendas', official, { bodyId: BODY_ID, year: 2028 }).expect(403);
      expect(response.body).toMatchObject({ code: 'COMMAND.FORBIDDEN' });
    });

    it('refuses a secretary of a municipality the body does not serve with 403', async () => {
      await post('/participation-agendas', secretaryElsewhere, { bodyId: BODY_ID, year: 2028 }).expect(403);
    });

    it('names every invalid field with 400', async () => {
      const response = await post('/participation-agendas', secretary, {
        id: 'agenda-2027',
        bodyId: 'ijmond',
        year: 1999,
      }).expect(400);
      expect(invalidNames(response)).toEqual(new Set(['id', 'bodyId', 'year']));
    });
  });

  describe('adding an item', () => {
    const path = `/participation-agendas/${AGENDA_ID}/items`;

    it('answers 200 with the item as id and the revision as ETag', async () => {
      const response = await post(path, secretary, item).expect(200);
      expect(response.body).toEqual({ id: ITEM_ID, revision: 1, position: expect.any(Number) });
      expect(response.headers.etag).toBe('"1"');
    });

    it('lets an admin add an item the municipality brought in, without signals', async () => {
      const response = await post(path, admin, { theme: 'Inkoop jeugdhulp', source: 'municipality' }).expect(200);
      expect(response.body).toMatchObject({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), revision: 2 });
    });

    it('refuses to add the same item again with 409', async () => {
      const response = await post(path, secretary, item).expect(409);
      expect(response.body).toMatchObject({ code: 'PARTICIPATION_AGENDA.ITEM_ALREADY_ADDED' });
    });

    it('refuses a signal that was never recorded with 422, naming it', async () => {
      const response = await post(path, secretary, {
        ...item,
        itemId: undefined,
        signalIds: [SIGNAL_IN_BEVERWIJK, UNKNOWN_SIGNAL_ID],
      }).expect(422);
      expect(response.body).toMatchObject({ code: 'SIGNAL.UNKNOWN', invalidParams: [{ name: 'signalIds[1]' }] });
    });

    it('refuses a signal from a municipality the body does not serve with 422, naming it', async () => {
      const response = await post(path, secretary, {
        ...item,
        itemId: undefined,
        signalIds: [SIGNAL_IN_VELSEN],
      }).expect(422);
      expect(response.body).toMatchObject({
        code: 'PARTICIPATION_AGENDA.SIGNAL_OUTSIDE_BODY_MUNICIPALITIES',
        invalidParams: [{ name: 'signalIds[0]' }],
      });
    });

    it('refuses an item from signals that names none with 422', async () => {
      const response = await post(path, secretary, { theme: 'Vervoer', source: 'signal' }).expect(422);
      expect(response.body).toMatchObject({
        code: 'PARTICIPATION_AGENDA.SIGNALS_MISSING',
        invalidParams: [{ name: 'signalIds' }],
      });
    });

    it('answers 404 for an agenda that was never drafted', async () => {
      const response = await post(`/participation-agendas/${UNKNOWN_AGENDA_ID}/items`, secretary, item).expect(404);
      expect(response.body).toMatchObject({ code: 'PARTICIPATION_AGENDA.NOT_FOUND' });
    });

    it('refuses a body member with 403', async () => {
      const response = await post(path, bodyMember, item).expect(403);
      expect(response.body).toMatchObject({ code: 'COMMAND.FORBIDDEN' });
    });

    it('lets an official add an item the municipality brings in', async () => {
      await post(path, official, { theme: 'Nieuwe inkoop Wmo-vervoer', source: 'municipality' }).expect(200);
    });

    it("refuses an official's item from any other source with 422, naming source", async () => {
      const response = await post(path, official, { ...item, itemId: undefined }).expect(422);
      expect(response.body).toMatchObject({
        code: 'PARTICIPATION_AGENDA.OFFICIAL_ADDS_MUNICIPALITY_ITEMS',
        invalidParams: [{ name: 'source' }],
      });
    });

    it('accepts a collective signal among the signals an item rests on', async () => {
      await post('/signal-clusters', bodyMember, {
        id: CLUSTER_IN_BEVERWIJK,
        signalIds: [SIGNAL_IN_BEVERWIJK, SECOND_SIGNAL_IN_BEVERWIJK],
        title: 'Eenzaamheid in heel Beverwijk',
      }).expect(201);
      await post(path, secretary, {
        theme: 'Eenzaamheid in alle wijken',
        source: 'signal',
        signalIds: [CLUSTER_IN_BEVERWIJK, SIGNAL_IN_BEVERWIJK],
      }).expect(200);
    });

    it("refuses a secretary of a municipality the agenda's body does not serve with 403", async () => {
      const response = await post(path, secretaryElsewhere, { ...item, itemId: undefined }).expect(403);
      expect(response.body).toMatchObject({ code: 'COMMAND.FORBIDDEN' });
    });

    it('names every invalid field with 400', async () => {
      const response = await post(path, secretary, {
        itemId: 'item-1',
        theme: '',
        source: 'council',
        signalIds: ['signal-1'],
      }).expect(400);
      expect(invalidNames(response)).toEqual(new Set(['itemId', 'theme', 'source', 'signalIds']));
    });

    it('answers an agenda id that is not a UUID with 400 naming it', async () => {
      const response = await post('/participation-agendas/agenda-2027/items', secretary, item).expect(400);
      expect(invalidNames(response)).toEqual(new Set(['agendaId']));
    });
  });

  describe('agreeing the agenda', () => {
    const path = `/participation-agendas/${AGENDA_ID}/_agree`;
    const agreements = async (): Promise<unknown[]> =>
      (await api.storage.eventStore.readStream(`participation-agenda-${AGENDA_ID}`))
        .filter((event) => event.type === 'ParticipationAgendaAgreed')
        .map((event) => event.data);

    it("answers 200 with the agenda as id for the body's side and the municipality's", async () => {
      const response = await post(path, secretary, {}).expect(200);
      expect(response.body).toEqual({ id: AGENDA_ID, revision: expect.any(Number), position: expect.any(Number) });
      await post(path, official, {}).expect(200);
      expect(await agreements()).toEqual([
        { agendaId: AGENDA_ID, agreedBy: 'body' },
        { agendaId: AGENDA_ID, agreedBy: 'municipality' },
      ]);
    });

    it('refuses a side that already agreed the agenda as it stands with 409', async () => {
      const response = await post(path, official, {}).expect(409);
      expect(response.body).toMatchObject({ code: 'PARTICIPATION_AGENDA.ALREADY_AGREED' });
    });

    it('asks both sides again once an item was added', async () => {
      await post(`/participation-agendas/${AGENDA_ID}/items`, official, {
        theme: 'Armoedebeleid',
        source: 'municipality',
      }).expect(200);
      await post(path, official, {}).expect(200);
    });

    it('refuses a body member who is no current member of the body with 403', async () => {
      const response = await post(path, bodyMember, {}).expect(403);
      expect(response.body).toMatchObject({ code: 'COMMAND.FORBIDDEN' });
    });

    it("lets a current member agree for the body's side", async () => {
      await post(`/participation-bodies/${BODY_ID}/members`, secretary, {
        displayName: 'Mira de Vries',
        role: 'member',
        expertise: ['lived-experience'],
        subject: 'lid-mira',
      }).expect(200);
      const member = await api.bearer('body-member', ['GM0375'], 'lid-mira');
      await post(path, member, {}).expect(200);
      await post(path, secretary, {}).expect(409);
    });

    it('refuses an admin, who is no party to it, with 422', async () => {
      const response = await post(path, admin, {}).expect(422);
      expect(response.body).toMatchObject({ code: 'PARTICIPATION_AGENDA.NOT_A_PARTY' });
    });

    it('refuses an agenda without items with 409', async () => {
      await post('/participation-agendas', secretary, { id: EMPTY_AGENDA_ID, bodyId: BODY_ID, year: 2028 }).expect(201);
      const response = await post(`/participation-agendas/${EMPTY_AGENDA_ID}/_agree`, official, {}).expect(409);
      expect(response.body).toMatchObject({ code: 'PARTICIPATION_AGENDA.NO_ITEMS' });
    });

    it('answers 404 for an agenda that was never drafted', async () => {
      const response = await post(`/participation-agendas/${UNKNOWN_AGENDA_ID}/_agree`, official, {}).expect(404);
      expect(response.body).toMatchObject({ code: 'PARTICIPATION_AGENDA.NOT_FOUND' });
    });

    it('refuses an evaluator, and an official of a municipality the body does not serve, with 403', async () => {
      await post(path, await api.bearer('evaluator', ['GM0375']), {}).expect(403);
      await post(path, await api.bearer('official', ['GM0453']), {}).expect(403);
    });

    it('names an unknown field with 400', async () => {
      const response = await post(path, official, { agreedBy: 'body' }).expect(400);
      expect(invalidNames(response)).toEqual(new Set(['agreedBy']));
    });
  });
});

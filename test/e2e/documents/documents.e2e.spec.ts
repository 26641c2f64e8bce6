import request from 'supertest';
import {
  renamedExecutable,
  startS3rver,
  tamperWithStoredBytes,
  tinyDocx,
  tinyOdt,
  tinyPdf,
  type RunningS3,
} from '../../../libs/documents/src/testing';
import { appointIjmondMembers, IJMOND_BODY_ID, seedIjmond } from '../../support/ijmond';
import type { TestApp } from '../../support/test-app';
import { startDocumentsApp } from './documents-app';

const TRAJECTORY = 'c0a80101-0000-4000-8000-00000000d0c1';
const TABLE = 'c0a80101-0000-4000-8000-00000000d0c2';
const SESSION = 'c0a80101-0000-4000-8000-00000000d0c3';
const PARTICIPANT = 'c0a80101-0000-4000-8000-00000000d0c4';
const CONSULTATION = 'c0a80101-0000-4000-8000-00000000d0c5';
const NOTED_MEMBER = 'c0a80101-0000-4000-8000-00000000d0c6';
const MAX_BYTES = 256 * 1024;

interface WalkAnswer {
  pass: number;
  checkedNow: number;
  lastCompletedPass?: { pass: number; intact: boolean; checked: number; altered: { sha256: string }[] };
}

describe.each(['postgres', 's3'] as const)('documents over HTTP, kept in %s', (storeKind) => {
  let api: TestApp;
  let s3: RunningS3 | undefined;
  let official: string;
  let member: string;
  let secretary: string;

  const post = async (path: string, token: string, body: object): Promise<void> => {
    const answer = await request(api.http).post(`/api/v1${path}`).set('Authorization', token).send(body);
    if (answer.status >= 300) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  };
  const upload = (path: string, token: string, bytes: Buffer, fileName: string, fields: Record<string, string>) => {
    const sent = request(api.http).post(`/api/v1${path}`).set('Authorization', token);
    Object.entries(fields).forEach(([name, value]) => void sent.field(name, value));
    return sent.attach('file', bytes, { filename: fileName, contentType: 'application/octet-stream' });
  };
  const download = (sha256: string, token?: string) => {
    const asked = request(api.http)
      .get(`/api/v1/documents/${sha256}`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    return token ? asked.set('Authorization', token) : asked;
  };
  /** A sealed document: not for the public or an official, and byte for byte for `reader`. */
  const expectSealedFor = async (reader: string, sha256: string, bytes: Buffer): Promise<void> => {
    expect((await download(sha256)).status).toBe(403);
    expect((await download(sha256, official)).status).toBe(403);
    const read = await download(sha256, reader);
    expect(read.status).toBe(200);
    expect(Buffer.compare(read.body as Buffer, bytes)).toBe(0);
  };

  beforeAll(async () => {
    s3 = storeKind === 's3' ? await startS3rver() : undefined;
    api = await startDocumentsApp(`documents-${storeKind}`, { storeUrl: s3?.url, maxBytes: MAX_BYTES });
    await seedIjmond(api, ['GM0375']);
    await appointIjmondMembers(api, ['doc-member']);
    official = await api.bearer('official', ['GM0375'], 'doc-official');
    member = await api.bearer('body-member', ['GM0375'], 'doc-member');
    secretary = await api.bearer('secretary', ['GM0375'], 'doc-secretary');
    await post('/advice-trajectories', official, {
      id: TRAJECTORY,
      municipalityCode: 'GM0375',
      bodyId: IJMOND_BODY_ID,
      kind: 'solicited',
      subject: 'Beleidsplan Wmo',
      question: 'Hoe vinden inwoners hun weg?',
      domain: 'wmo',
      policyPhase: 'preparation',
    });
    await post(`/advice-trajectories/${TRAJECTORY}/advice`, member, {
      issuedOn: '2026-03-02',
      summary: 'Eén loket.',
      clientPerspective: 'Cliënten zoeken één loket.',
      recommendations: [{ number: 1, text: 'Eén loket voor alle Wmo-vragen.' }],
    });
  }, 120_000);

  afterAll(async () => {
    await api.close();
    await s3?.stop();
  });

  it('keeps an advice letter (PDF) and gives it back byte for byte, to anyone', async () => {
    const bytes = await tinyPdf('Advies Wmo');
    const answer = await upload(`/advice-trajectories/${TRAJECTORY}/documents`, member, bytes, 'Advies Wmo.pdf', {
      kind: 'advice-letter',
    });
    expect(answer.status).toBe(200);
    const { sha256 } = answer.body as { sha256: string };
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    const back = await download(sha256);
    expect(back.status).toBe(200);
    expect(back.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(back.body as Buffer, bytes)).toBe(0);
  });

  it("keeps the college's letter (ODT) and the council proposal (DOCX)", async () => {
    await post(`/advice-trajectories/${TRAJECTORY}/college-response`, official, {
      respondedOn: '2026-04-06',
      decisions: [{ recommendationNumber: 1, decision: 'adopted' }],
    });
    await post(`/advice-trajectories/${TRAJECTORY}/council-proposals`, official, {
      proposalRef: 'RV-2026-DOC',
      attachedOn: '2026-04-20',
    });
    const odt = tinyOdt('Reactie college');
    const docx = tinyDocx('Raadsvoorstel');
    const letter = await upload(`/advice-trajectories/${TRAJECTORY}/documents`, official, odt, 'Reactie.odt', {
      kind: 'college-response',
    });
    const proposal = await upload(`/advice-trajectories/${TRAJECTORY}/documents`, official, docx, 'Voorstel.docx', {
      kind: 'council-proposal',
      proposalRef: 'RV-2026-DOC',
    });
    expect([letter.status, proposal.status]).toEqual([200, 200]);
    const backOdt = await download((letter.body as { sha256: string }).sha256);
    const backDocx = await download((proposal.body as { sha256: string }).sha256);
    expect(backOdt.headers['content-type']).toBe('application/vnd.oasis.opendocument.text');
    expect(Buffer.compare(backOdt.body as Buffer, odt)).toBe(0);
    expect(backDocx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(Buffer.compare(backDocx.body as Buffer, docx)).toBe(0);
  });

  it('lists the public documents on the API, the trajectory page and the council-proposal page', async () => {
    // Read your own writes: the list answers once the register has applied the last upload.
    const head = await api.storage.sealedEventStore.headPosition();
    const listed = await request(api.http)
      .get(`/api/v1/advice-trajectories/${TRAJECTORY}/documents`)
      .query({ minPosition: String(head) });
    expect(listed.status).toBe(200);
    const items = (listed.body as { items: { sha256: string; kind: string; fileName: string }[] }).items;
    expect(items.map(({ kind, fileName }) => [kind, fileName])).toEqual(
      expect.arrayContaining([
        ['college-response', 'Reactie.odt'],
        ['council-proposal', 'Voorstel.docx'],
      ]),
    );
    const proposal = items.find((item) => item.kind === 'council-proposal');
    const page = await request(api.http)
      .get(`/trajecten/${TRAJECTORY}`)
      .query({ na: String(head) });
    expect(page.status).toBe(200);
    expect(page.text).toContain('Documenten');
    expect(page.text).toContain(`href="/api/v1/documents/${proposal?.sha256}"`);
    expect(page.text).toContain('Voorstel.docx');
    const proposalPage = await request(api.http).get('/raadsvoorstellen/RV-2026-DOC');
    expect(proposalPage.status).toBe(200);
    expect(proposalPage.text).toContain(`href="/api/v1/documents/${proposal?.sha256}"`);
    expect(proposalPage.text).toContain('Raadsvoorstel');
  });

  it('refuses a renamed executable (415) and an oversized file (413)', async () => {
    const exe = await upload(
      `/advice-trajectories/${TRAJECTORY}/documents`,
      member,
      renamedExecutable(),
      'advies.pdf',
      {
        kind: 'advice-letter',
      },
    );
    expect(exe.status).toBe(415);
    const oversized = Buffer.concat([await tinyPdf(), Buffer.alloc(MAX_BYTES)]);
    const big = await upload(`/advice-trajectories/${TRAJECTORY}/documents`, member, oversized, 'groot.pdf', {
      kind: 'advice-letter',
    });
    expect(big.status).toBe(413);
  });

  it('refuses a document the decider refuses, and keeps nothing of it', async () => {
    const bytes = await tinyPdf('Niet van het college');
    const refused = await upload(`/advice-trajectories/${TRAJECTORY}/documents`, member, bytes, 'x.pdf', {
      kind: 'college-response',
    });
    expect(refused.status).toBe(422);
    const { sha256Of } = await import('#documents');
    expect((await download(sha256Of(bytes))).status).toBe(404);
  });

  it('reports a document whose stored bytes were changed, in the audit trail and on download', async () => {
    const bytes = await tinyPdf('Te vervalsen advies');
    const answer = await upload(`/advice-trajectories/${TRAJECTORY}/documents`, member, bytes, 'Advies 2.pdf', {
      kind: 'advice-letter',
    });
    const { sha256 } = answer.body as { sha256: string };
    const evaluator = await api.bearer('evaluator', ['GM0375'], 'doc-evaluator');
    const before = await request(api.http).get('/api/v1/audit-trail/verification').set('Authorization', evaluator);
    expect(before.status).toBe(200);
    expect((before.body as { intact: boolean }).intact).toBe(true);
    await tamperWithStoredBytes(
      { database: api.storage.database, documentStoreUrl: s3?.url },
      sha256,
      await tinyPdf('Vals'),
    );
    expect((await download(sha256)).status).toBe(409);
    const after = await request(api.http).get('/api/v1/audit-trail/verification').set('Authorization', evaluator);
    expect((after.body as { intact: boolean }).intact).toBe(false);
    expect((after.body as { documents?: { altered: { sha256: string }[] } }).documents?.altered).toEqual([
      expect.objectContaining({ sha256 }),
    ]);
    // The walk over every document (not only the newest) went on from the request before and
    // completed a pass that found the change too.
    const walk = (after.body as { documents: { walk: WalkAnswer } }).documents.walk;
    const earlier = (before.body as { documents: { walk: WalkAnswer } }).documents.walk;
    expect(walk.lastCompletedPass?.pass).toBeGreaterThan(earlier.lastCompletedPass?.pass ?? 0);
    expect(walk.lastCompletedPass).toEqual(
      expect.objectContaining({ intact: false, altered: [expect.objectContaining({ sha256 })] }),
    );
    expect(walk.lastCompletedPass?.checked).toBeGreaterThanOrEqual(4);
  });

  it("seals a session's minutes: not for the public or an official, and for nobody once a participant is forgotten", async () => {
    await post('/temporary-tables', member, {
      id: TABLE,
      municipalityCode: 'GM0375',
      bodyId: IJMOND_BODY_ID,
      theme: 'Toegang',
      question: 'Hoe vinden inwoners de weg?',
      initiatedBy: 'joint',
      form: 'theme-table',
      expectedGroups: ['client'],
    });
    await post(`/temporary-tables/${TABLE}/participants`, member, {
      participantId: PARTICIPANT,
      perspective: 'client',
      consent: true,
      displayName: 'Mevrouw Visser',
    });
    await post(`/temporary-tables/${TABLE}/sessions`, member, {
      sessionId: SESSION,
      heldOn: '2026-02-10',
      attendance: { client: 1 },
    });
    const bytes = tinyDocx('Notulen: mevrouw Visser vertelde over haar wachttijd.');
    const answer = await upload(`/temporary-tables/${TABLE}/documents`, member, bytes, 'Notulen 10 februari.docx', {
      kind: 'session-minutes',
      sessionId: SESSION,
    });
    expect(answer.status).toBe(200);
    const { sha256 } = answer.body as { sha256: string };
    await expectSealedFor(secretary, sha256, bytes);
    // Seeing personal data elsewhere is not enough: the hash alone opens no other municipality's minutes.
    const elsewhere = await api.bearer('secretary', ['GM0453'], 'doc-secretary-elsewhere');
    expect((await download(sha256, elsewhere)).status).toBe(403);

    const asking = await api.bearer('admin', ['GM0375'], 'doc-admin-1');
    const confirming = await api.bearer('admin', ['GM0375'], 'doc-admin-2');
    await post(`/persons/${PARTICIPANT}/_forget`, asking, {});
    await post(`/persons/${PARTICIPANT}/forgetting/_confirm`, confirming, {});
    expect((await download(sha256, secretary)).status).toBe(410);
    expect((await download(sha256, confirming)).status).toBe(410);
  });
  it("seals a consultation's notes on the body: for its secretary, for nobody once a member is forgotten", async () => {
    const admin = await api.bearer('admin', ['GM0375'], 'doc-admin-notes');
    await post(`/participation-bodies/${IJMOND_BODY_ID}/members`, admin, {
      memberId: NOTED_MEMBER,
      displayName: 'Meneer Jansen',
      role: 'member',
      expertise: ['lived-experience'],
    });
    await post(`/participation-bodies/${IJMOND_BODY_ID}/consultations`, secretary, {
      consultationId: CONSULTATION,
      heldOn: '2026-03-12',
      with: 'alderman',
      topics: ['werkagenda'],
    });
    const bytes = await tinyPdf('Overleg wethouder: meneer Jansen vroeg naar de wachtlijst.');
    const path = `/participation-bodies/${IJMOND_BODY_ID}/documents`;
    const unknown = await upload(path, secretary, bytes, 'Overleg.pdf', {
      kind: 'consultation-notes',
      consultationId: SESSION,
    });
    expect(unknown.status).toBe(422);
    const byMember = await upload(path, member, bytes, 'Overleg.pdf', {
      kind: 'consultation-notes',
      consultationId: CONSULTATION,
    });
    expect(byMember.status).toBe(403);
    const answer = await upload(path, secretary, bytes, 'Overleg wethouder.pdf', {
      kind: 'consultation-notes',
      consultationId: CONSULTATION,
    });
    expect(answer.status).toBe(200);
    const { sha256 } = answer.body as { sha256: string };
    await expectSealedFor(secretary, sha256, bytes);

    const confirming = await api.bearer('admin', ['GM0375'], 'doc-admin-notes-2');
    await post(`/persons/${NOTED_MEMBER}/_forget`, admin, {});
    await post(`/persons/${NOTED_MEMBER}/forgetting/_confirm`, confirming, {});
    expect((await download(sha256, secretary)).status).toBe(410);
  });
});

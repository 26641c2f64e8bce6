import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { renamedExecutable, tinyDocx, tinyPdf } from '../../../libs/documents/src/testing';
import { SCENARIO, seedAdviceScenario } from '../../support/advice-scenario';
import { appointIjmondMembers } from '../../support/ijmond';
import type { TestApp } from '../../support/test-app';
import { hiddenValue, signedInAgent } from '../../support/web-session';
import { startDocumentsApp } from '../documents/documents-app';

const MAX_BYTES = 64 * 1024;
const SESSION = 'c0a80101-0000-4000-8000-00000000ad02';
const LETTERS = `/werkruimte/trajecten/${SCENARIO.trajectoryId}/documenten`;
const MINUTES = `/werkruimte/tafels/${SCENARIO.tableId}/documenten`;

/**
 * The workspace's uploads over HTTP: the page reads its own multipart body, checks the CSRF
 * token in it only then, and says every refusal beside the file field.
 */
describe('uploading a document from the workspace', () => {
  let api: TestApp;
  let member: TestAgent;

  beforeAll(async () => {
    api = await startDocumentsApp('web-document-upload', { maxBytes: MAX_BYTES });
    await seedAdviceScenario(api);
    await appointIjmondMembers(api, ['upload-member']);
    member = await signedInAgent(api, 'body-member', 'GM0375', 'upload-member');
    const bearer = await api.bearer('body-member', ['GM0375'], 'upload-member');
    await request(api.http)
      .post(`/api/v1/temporary-tables/${SCENARIO.tableId}/sessions`)
      .set('Authorization', bearer)
      .send({ sessionId: SESSION, heldOn: '2026-02-10', attendance: { client: 2 } })
      .expect(200);
  }, 120_000);
  afterAll(() => api.close());

  /** Posts the upload as a browser does: the page's hidden fields first, then the fields and the file. */
  async function upload(
    path: string,
    fields: Record<string, string>,
    file: { bytes: Buffer; name: string } | undefined,
    csrf = true,
  ): Promise<request.Response> {
    const page = await member.get(path).expect(200);
    const sent = member.post(path);
    if (csrf) void sent.field('_csrf', hiddenValue(page.text, '_csrf'));
    void sent.field('_idem', hiddenValue(page.text, '_idem'));
    Object.entries(fields).forEach(([name, value]) => void sent.field(name, value));
    return file ? sent.attach('file', file.bytes, { filename: file.name, contentType: 'application/pdf' }) : sent;
  }

  const fileError = (html: string): string | undefined =>
    /<p class="utrecht-form-field-error-message" id="field-file-error">([^<]*)<\/p>/.exec(html)?.[1];

  it('refuses a multipart post without the CSRF token, and keeps nothing', async () => {
    const answer = await upload(
      LETTERS,
      { kind: 'advice-letter' },
      { bytes: await tinyPdf('Zonder token'), name: 'a.pdf' },
      false,
    );
    expect(answer.status).toBe(403);
    const listed = await request(api.http).get(`/api/v1/advice-trajectories/${SCENARIO.trajectoryId}/documents`);
    expect((listed.body as { items: unknown[] }).items).toEqual([]);
  });

  it('says beside the file field that a file is too large, a renamed executable no document', async () => {
    const big = await upload(
      LETTERS,
      { kind: 'advice-letter' },
      { bytes: Buffer.alloc(MAX_BYTES + 1, 1), name: 'groot.pdf' },
    );
    expect(big.status).toBe(413);
    expect(fileError(big.text)).toBe('Dit bestand is te groot. Een document is ten hoogste 64 kB.');
    const exe = await upload(LETTERS, { kind: 'advice-letter' }, { bytes: renamedExecutable(), name: 'advies.pdf' });
    expect(exe.status).toBe(415);
    expect(fileError(exe.text)).toContain('Dit is geen PDF-, ODT- of DOCX-bestand');
    expect(exe.text).toContain('aria-invalid="true"');
  });

  it("keeps a session's minutes from the table's upload and returns to the workspace", async () => {
    const minutes = await upload(
      MINUTES,
      { kind: 'session-minutes', sessionId: SESSION },
      { bytes: tinyDocx('Notulen'), name: 'Notulen.docx' },
    );
    expect(minutes.status).toBe(303);
    expect(minutes.headers['location']).toMatch(/^\/werkruimte\?na=\d+$/);
    const unknownSession = await upload(
      MINUTES,
      { kind: 'session-minutes' },
      { bytes: tinyDocx('Nog eens'), name: 'N.docx' },
    );
    expect(unknownSession.status).toBe(422);
    expect(unknownSession.text).toContain('Kies een bijeenkomst die aan deze tafel is gehouden.');
  });
});

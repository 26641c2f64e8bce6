import { Pool } from 'pg';
import { migratePrivacy, PersonKeyStore } from '#privacy';
import { createTestDatabase } from '#testing';
import { DocumentRefusedError } from './document-refused';
import { sha256Of, type DocumentVault } from './document-vault';
import { DOCUMENT_MEDIA_TYPES } from './media-type';
import { migrateDocuments } from './migrate-documents';
import { openDocumentVault } from './open-document-vault';
import {
  renamedExecutable,
  startS3rver,
  tamperWithStoredBytes,
  tinyDocx,
  tinyOdt,
  tinyPdf,
  type RunningS3,
} from './testing';

const MAX_BYTES = 64 * 1024;

describe.each(['postgres', 's3'] as const)('the document vault on the %s store', (storeKind) => {
  let database: Pool;
  let personKeys: PersonKeyStore;
  let s3: RunningS3 | undefined;
  let vault: DocumentVault;
  let close: () => void;
  let documentStoreUrl: string | undefined;

  beforeAll(async () => {
    const url = await createTestDatabase(`vault-${storeKind}`);
    await migratePrivacy(url);
    await migrateDocuments(url);
    database = new Pool({ connectionString: url });
    personKeys = new PersonKeyStore(database);
    s3 = storeKind === 's3' ? await startS3rver() : undefined;
    documentStoreUrl = s3?.url;
    ({ vault, close } = openDocumentVault({ database, personKeys, documentStoreUrl, maxBytes: MAX_BYTES }));
  });

  afterAll(async () => {
    close();
    await s3?.stop();
    await database.end();
  });

  it.each([
    ['PDF', () => tinyPdf('Advies over de Wmo'), DOCUMENT_MEDIA_TYPES.pdf],
    ['ODT', () => Promise.resolve(tinyOdt('Reactie van het college')), DOCUMENT_MEDIA_TYPES.odt],
    ['DOCX', () => Promise.resolve(tinyDocx('Verslag van de tafel')), DOCUMENT_MEDIA_TYPES.docx],
  ])('keeps a %s by its hash and gives it back byte for byte', async (_name, make, mediaType) => {
    const bytes = await make();
    const stored = await vault.store(bytes);
    expect(stored).toEqual({ sha256: sha256Of(bytes), mediaType, size: bytes.length });
    const read = await vault.read(stored.sha256);
    expect(read.status).toBe('readable');
    expect(read.status === 'readable' && read.bytes.equals(bytes)).toBe(true);
    expect(read.status === 'readable' && read.mediaType).toBe(mediaType);
    expect(await vault.integrityOf(stored.sha256)).toBe('intact');
  });

  it('refuses a renamed executable, whatever its name says', async () => {
    await expect(vault.store(renamedExecutable())).rejects.toMatchObject({ reason: 'unsupported-type' });
  });

  it('refuses a file over the size limit', async () => {
    const oversized = Buffer.concat([await tinyPdf(), Buffer.alloc(MAX_BYTES)]);
    const refusal = vault.store(oversized);
    await expect(refusal).rejects.toBeInstanceOf(DocumentRefusedError);
    await expect(refusal).rejects.toMatchObject({ reason: 'too-large' });
  });

  it('finds out a document whose stored bytes were changed', async () => {
    const stored = await vault.store(await tinyPdf('Raadsvoorstel'));
    await tamperWithStoredBytes({ database, documentStoreUrl }, stored.sha256, await tinyPdf('Iets anders'));
    expect(await vault.integrityOf(stored.sha256)).toBe('altered');
    await expect(vault.read(stored.sha256)).rejects.toMatchObject({ name: 'DocumentAlteredError' });
  });

  it('seals a document about persons, and nobody can read it once one of them is forgotten', async () => {
    const bytes = tinyDocx('Notulen: Anna vertelde over haar ervaringen');
    const stored = await vault.store(bytes, { concerns: ['participant-anna', 'participant-bram'] });
    const read = await vault.read(stored.sha256);
    expect(read.status === 'readable' && read.bytes.equals(bytes)).toBe(true);
    expect(read.status === 'readable' && read.sealed).toBe(true);
    await personKeys.forget('participant-anna');
    expect(await vault.read(stored.sha256)).toEqual({ status: 'erased' });
    expect(await vault.integrityOf(stored.sha256)).toBe('erased');
  });

  it('keeps a sealed document as ciphertext, never its plain bytes', async () => {
    const bytes = tinyOdt('Gespreksnotities met de wethouder');
    const stored = await vault.store(bytes, { concerns: [] });
    const { rows } = await database.query<{ key_layers: string[] }>(
      'SELECT key_layers FROM documents WHERE sha256 = $1',
      [stored.sha256],
    );
    expect(rows[0]?.key_layers).toEqual([`document-${stored.sha256}`]);
    await tamperWithStoredBytes({ database, documentStoreUrl }, stored.sha256, bytes);
    expect(await vault.integrityOf(stored.sha256)).toBe('altered');
  });

  it('refuses to keep a new document about a person already forgotten', async () => {
    await personKeys.forget('participant-cees');
    await expect(vault.store(await tinyPdf('Over Cees'), { concerns: ['participant-cees'] })).rejects.toMatchObject({
      reason: 'about-forgotten-person',
    });
  });

  it('knows nothing of a hash it never stored', async () => {
    expect(await vault.read('0'.repeat(64))).toEqual({ status: 'unknown' });
    expect(await vault.integrityOf('0'.repeat(64))).toBe('missing');
  });
});

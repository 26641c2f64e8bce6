import { DOCUMENT_MEDIA_TYPES, mediaTypeOf } from './media-type';
import { renamedExecutable, tinyDocx, tinyOdt, tinyPdf } from './testing/document.fixtures';

describe('the media type of a document, read from its bytes', () => {
  it('knows a PDF', async () => {
    expect(await mediaTypeOf(await tinyPdf())).toBe(DOCUMENT_MEDIA_TYPES.pdf);
  });

  it('knows an ODT text document by its mimetype entry', async () => {
    expect(await mediaTypeOf(tinyOdt())).toBe(DOCUMENT_MEDIA_TYPES.odt);
  });

  it('knows a DOCX by its content types', async () => {
    expect(await mediaTypeOf(tinyDocx())).toBe(DOCUMENT_MEDIA_TYPES.docx);
  });

  it('refuses an executable, whatever it is called', async () => {
    expect(await mediaTypeOf(renamedExecutable())).toBeUndefined();
  });

  it('refuses plain text', async () => {
    expect(await mediaTypeOf(Buffer.from('Beste wethouder, ...'))).toBeUndefined();
  });
});

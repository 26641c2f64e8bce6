import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface PdfReading {
  /** The text a reader selects and copies, page after page. */
  readonly text: string;
  /** The document information dictionary (Title, Author, …). */
  readonly info: Record<string, unknown>;
  /** The catalogue's /Lang, as pdf.js reads it. */
  readonly language: string | null;
  /** The bookmarks, each with its children. */
  readonly outline: readonly OutlineEntry[];
}

export interface OutlineEntry {
  readonly title: string;
  readonly items: readonly OutlineEntry[];
}

/*
 * pdf-parse (pdf.js) loads its worker with a dynamic import, which jest's module system cannot
 * do without --experimental-vm-modules; a plain Node process reads the file instead.
 */
const READER = `
import { readFile } from 'node:fs/promises';
import { PDFParse } from 'pdf-parse';
const parser = new PDFParse({ data: new Uint8Array(await readFile(process.argv[1])) });
const { text } = await parser.getText();
const info = await parser.getInfo();
const outline = (items) => (items ?? []).map((item) => ({ title: item.title, items: outline(item.items) }));
process.stdout.write(JSON.stringify({ text, info: info.info, language: info.info?.Language ?? null, outline: outline(info.outline) }));
await parser.destroy();
`;

/** Reads a PDF back as pdf-parse sees it: its text, information, language and bookmarks. */
export async function readPdf(pdf: Uint8Array): Promise<PdfReading> {
  const dir = await mkdtemp(join(tmpdir(), 'read-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    await writeFile(file, pdf);
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', READER, file], {
      cwd: join(__dirname, '..', '..'),
      maxBuffer: 16 * 1024 * 1024,
    });
    return JSON.parse(stdout) as PdfReading;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

import PDFDocument from 'pdfkit';
import type { Report, ReportBlock } from './report-model';

/** What a PDF for the council declares about itself, so readers and screen readers present it right. */
export interface PdfMetadata {
  /** BCP 47, as the document's /Lang (nl-NL). */
  readonly language: string;
  readonly author: string;
  /** The instant written as the creation date: the record's own time keeps the file reproducible. */
  readonly createdAt: Date;
}

const MARGIN = 56;

/**
 * The report as a PDF made on the server with pdfkit: the title in the document information and
 * shown as the window title, the language set, one bookmark per section (and per subheading
 * below it), and real text (not images), so a griffier can search, select and quote it.
 */
export function reportPdf(report: Report, metadata: PdfMetadata): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    lang: metadata.language,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: report.title,
      Subject: report.subtitle,
      Author: metadata.author,
      Creator: metadata.author,
      CreationDate: metadata.createdAt,
      ModDate: metadata.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(18).text(report.title);
  doc.moveDown(0.3).font('Helvetica').fontSize(11).fillColor('#333333').text(report.subtitle).fillColor('black');
  for (const section of report.sections) {
    doc.moveDown(1);
    const bookmark = doc.outline.addItem(section.heading);
    doc.font('Helvetica-Bold').fontSize(14).text(section.heading);
    doc.moveDown(0.4);
    for (const block of section.blocks) {
      if (block.kind === 'subheading') bookmark.addItem(block.text);
      writeBlock(doc, block);
    }
  }
  doc.end();
  return done;
}

function writeBlock(doc: PDFKit.PDFDocument, block: ReportBlock): void {
  switch (block.kind) {
    case 'facts':
      for (const [label, value] of block.rows) {
        doc.font('Helvetica-Bold').fontSize(10.5).text(`${label}: `, { continued: true });
        doc.font('Helvetica').text(value);
      }
      doc.moveDown(0.5);
      return;
    case 'paragraph':
      doc.font('Helvetica').fontSize(10.5).text(block.text);
      doc.moveDown(0.5);
      return;
    case 'subheading':
      doc.moveDown(0.3).font('Helvetica-Bold').fontSize(12).text(block.text);
      doc.moveDown(0.2);
      return;
    case 'list':
      doc
        .font('Helvetica')
        .fontSize(10.5)
        .list([...block.items], { bulletRadius: 2, textIndent: 12 });
      doc.moveDown(0.5);
      return;
    default: {
      const unknown: never = block;
      throw new Error(`Unknown report block ${JSON.stringify(unknown)}`);
    }
  }
}

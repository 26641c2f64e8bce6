import { mediaTypeOf } from '#documents';
import { demoPdf } from './demo-pdf';
import { documentSteps } from './documents';

describe("the demo's documents", () => {
  it('are small valid PDFs, the same bytes for the same text on every run', async () => {
    const pdf = demoPdf('Advies (concept)', ['Eén loket \\ één aanspreekpunt.']);
    expect(await mediaTypeOf(pdf)).toBe('application/pdf');
    expect(pdf.toString('latin1')).toMatch(/^%PDF-1\.4[\s\S]*startxref\n\d+\n%%EOF\n$/);
    expect(demoPdf('Advies (concept)', ['Eén loket \\ één aanspreekpunt.']).equals(pdf)).toBe(true);
    expect(pdf.length).toBeLessThan(2_000);
  });

  it("attach each kind a newcomer looks for: the trajectory's letters, a table's minutes and report, notes", () => {
    const steps = documentSteps();
    const kinds = steps.map((step) => (step.body as { kind: string }).kind);
    expect(kinds).toEqual([
      'advice-letter',
      'college-response',
      'college-response-correction',
      'council-proposal',
      'session-minutes',
      'table-report',
      'consultation-notes',
    ]);
    expect(steps.every((step) => step.document !== undefined && step.path.endsWith('/documents'))).toBe(true);
    expect(new Set(steps.map((step) => step.key)).size).toBe(steps.length);
  });
});

import { readPdf, type PdfReading } from '../../../../../test/support/read-pdf';
import type { Report } from './report-model';
import { reportPdf } from './report-pdf';

const REPORT: Report = {
  title: 'Herziening verordening Wmo 2027',
  subtitle: 'Verloop van een adviestraject, gemeente Beverwijk',
  sections: [
    { heading: 'Gegevens', blocks: [{ kind: 'facts', rows: [['Gemeente', 'Beverwijk']] }] },
    {
      heading: 'Aanbevelingen en de reactie van het college',
      blocks: [
        { kind: 'subheading', text: '1. Eén loket voor alle Wmo-vragen.' },
        { kind: 'facts', rows: [['Motivering', 'Het aantal consulenten laat dit niet toe.']] },
      ],
    },
    { heading: 'Verloop', blocks: [{ kind: 'list', items: ['2 maart 2026: Advies uitgebracht'] }] },
  ],
};

describe('a report for the council as PDF', () => {
  let reading: PdfReading;
  beforeAll(async () => {
    const pdf = await reportPdf(REPORT, {
      language: 'nl-NL',
      author: 'Participatie in beeld',
      createdAt: new Date('2026-03-02T12:00:00Z'),
    });
    reading = await readPdf(pdf);
  });

  it('holds its words as text that can be read back, accents and all', () => {
    const { text } = reading;
    expect(text).toContain('Herziening verordening Wmo 2027');
    expect(text).toContain('Eén loket voor alle Wmo-vragen.');
    expect(text).toContain('Het aantal consulenten laat dit niet toe.');
  });

  it('names its title and language, and has a bookmark per section', () => {
    expect(reading.info).toMatchObject({ Title: REPORT.title, Author: 'Participatie in beeld' });
    expect(reading.language).toBe('nl-NL');
    expect(reading.outline.map((item) => item.title)).toEqual([
      'Gegevens',
      'Aanbevelingen en de reactie van het college',
      'Verloop',
    ]);
    expect(reading.outline[1]?.items.map((item) => item.title)).toEqual(['1. Eén loket voor alle Wmo-vragen.']);
  });
});

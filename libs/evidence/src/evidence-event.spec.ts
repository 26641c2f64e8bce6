import type { RecordedEvent } from '#event-store';
import { evidenceEventOf, leafBytesOf } from './evidence-event';
import { leafBytes } from './verify';

function recorded(overrides: Partial<RecordedEvent> = {}): RecordedEvent {
  return {
    eventId: '0B5E7A1C-3F2D-4C8E-9A61-2D7F4E8B9C10',
    type: 'SignalAssessed',
    data: { scope: 'collective', rationale: 'Seen in three districts within a month.' },
    metadata: {
      occurredAt: '2026-12-07T18:00:00.000Z',
      actor: { id: 'writer', role: 'secretary' },
      municipalityCode: 'GM0375',
      correlationId: 'c0ffee00-0000-4000-8000-000000000001',
      schemaVersion: 1,
    },
    streamId: 'advice-trajectory-1',
    streamRevision: 3,
    position: 4_398_046_511_104_123n,
    recordedAt: new Date('2026-12-07T18:00:01.234Z'),
    ...overrides,
  };
}

describe('leafBytesOf', () => {
  it.each([
    ['a plain event', recorded()],
    [
      'keys that sort by UTF-16 code unit, nested arrays and odd numbers',
      recorded({
        data: {
          zeta: [1, null, [true, { b: 2, a: 1 }]],
          Zeta: 0.1 + 0.2,
          é: '\u00e9\u0301',
          '😀': 'emoji',
          ﬀ: 'ligature',
          '': 'empty key',
          quote: 'a "quoted" \\ line\nbreak\u0001',
          big: 1e21,
          negative: -0,
          lone: 'half a pair \ud800',
        },
      }),
    ],
    ['members left undefined', recorded({ data: { kept: 1, left: undefined }, metadata: undefined as never })],
    ['no data at all', recorded({ data: undefined })],
    ['data that is not an object', recorded({ data: 'just text' })],
    ['a stream id that needs escaping', recorded({ streamId: 'stream "with" \\ and \u2028' })],
    ['the first event of the store', recorded({ position: 0n, streamRevision: 0 })],
  ])('writes the bytes leafBytes gives: %s', (_, event) => {
    expect(leafBytesOf(event)).toBe(leafBytes(evidenceEventOf(event)));
  });
});

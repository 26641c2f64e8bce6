import type { IncomingMessage } from 'node:http';
import { correlationIdOf } from './correlation-id';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const requestWith = (headers: IncomingMessage['headers']): IncomingMessage => ({ headers }) as IncomingMessage;

describe('the correlation id of a request', () => {
  it("is the caller's X-Correlation-ID when that is a short token", () => {
    expect(correlationIdOf(requestWith({ 'x-correlation-id': 'zaak-2026.11:0042' }))).toBe('zaak-2026.11:0042');
  });

  it('prefers X-Correlation-ID over traceparent', () => {
    const request = requestWith({ 'x-correlation-id': 'mine', traceparent: `00-${TRACE_ID}-00f067aa0ba902b7-01` });
    expect(correlationIdOf(request)).toBe('mine');
  });

  it('takes the trace id of a valid traceparent, in lower case', () => {
    const request = requestWith({ traceparent: `00-${TRACE_ID.toUpperCase()}-00F067AA0BA902B7-01` });
    expect(correlationIdOf(request)).toBe(TRACE_ID);
  });

  it.each([
    ['version ff', `ff-${TRACE_ID}-00f067aa0ba902b7-01`],
    ['an all-zero trace id', `00-${'0'.repeat(32)}-00f067aa0ba902b7-01`],
    ['an all-zero parent id', `00-${TRACE_ID}-${'0'.repeat(16)}-01`],
    ['a short trace id', `00-${TRACE_ID.slice(1)}-00f067aa0ba902b7-01`],
  ])('ignores a traceparent with %s', (_, traceparent) => {
    expect(correlationIdOf(requestWith({ traceparent }))).toMatch(UUID);
  });

  it.each([['has spaces'], ['x'.repeat(129)], ['<script>'], ['']])(
    'makes a new UUID instead of the unusable X-Correlation-ID %j',
    (header) => {
      expect(correlationIdOf(requestWith({ 'x-correlation-id': header }))).toMatch(UUID);
    },
  );

  it('stays the same for the whole request once made', () => {
    const request = requestWith({});
    expect(correlationIdOf(request)).toBe(correlationIdOf(request));
  });
});

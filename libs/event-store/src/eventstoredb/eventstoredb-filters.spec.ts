import { EVENT_TYPE, STREAM_NAME } from '@kurrent/kurrentdb-client';
import { isSystemEvent, passesFilter, toServerFilter } from './eventstoredb-filters';

describe('translating a filter for the server', () => {
  it('leaves out system event types when there is no filter', () => {
    expect(toServerFilter(undefined)).toMatchObject({ filterOn: EVENT_TYPE, regex: '^[^$].*' });
  });

  it('filters on stream name prefixes', () => {
    expect(toServerFilter({ streamIdPrefixes: ['signal-', 'advice-trajectory-'] })).toMatchObject({
      filterOn: STREAM_NAME,
      prefixes: ['signal-', 'advice-trajectory-'],
    });
  });

  it('filters on event type prefixes when they are the only list', () => {
    expect(toServerFilter({ eventTypePrefixes: ['Advice'] })).toMatchObject({
      filterOn: EVENT_TYPE,
      prefixes: ['Advice'],
    });
  });

  it('sends the stream prefixes when both lists are given, as the server takes one filter', () => {
    expect(toServerFilter({ streamIdPrefixes: ['signal-'], eventTypePrefixes: ['Signal'] })).toMatchObject({
      filterOn: STREAM_NAME,
      prefixes: ['signal-'],
    });
  });

  it('treats an empty list as no list', () => {
    expect(toServerFilter({ streamIdPrefixes: [], eventTypePrefixes: ['Advice'] })).toMatchObject({
      filterOn: EVENT_TYPE,
      prefixes: ['Advice'],
    });
  });
});

describe('deciding on the client whether an event passes a filter', () => {
  const signalRecorded = { streamId: 'signal-9a1b', type: 'SignalRecorded' };

  it('passes an ordinary event when there is no filter', () => {
    expect(passesFilter(signalRecorded, undefined)).toBe(true);
  });

  it('drops an event in a system stream', () => {
    expect(passesFilter({ streamId: '$stats-127.0.0.1:2113', type: 'StatsCollected' }, undefined)).toBe(false);
  });

  it('drops an event of a system type', () => {
    expect(passesFilter({ streamId: 'signal-9a1b', type: '$metadata' }, { streamIdPrefixes: ['signal-'] })).toBe(false);
  });

  it('passes an event whose stream starts with one of the prefixes', () => {
    expect(passesFilter(signalRecorded, { streamIdPrefixes: ['advice-', 'signal-'] })).toBe(true);
  });

  it('drops an event whose stream starts with none of the prefixes', () => {
    expect(passesFilter(signalRecorded, { streamIdPrefixes: ['advice-'] })).toBe(false);
  });

  it('requires both lists to match when both are given', () => {
    const filter = { streamIdPrefixes: ['signal-'], eventTypePrefixes: ['Advice'] };
    expect(passesFilter(signalRecorded, filter)).toBe(false);
    expect(passesFilter({ streamId: 'signal-9a1b', type: 'AdviceRequested' }, filter)).toBe(true);
  });

  it('treats an empty list as no list', () => {
    expect(passesFilter(signalRecorded, { streamIdPrefixes: [], eventTypePrefixes: ['Signal'] })).toBe(true);
  });
});

describe('recognising system events', () => {
  it('recognises a link event by its type', () => {
    expect(isSystemEvent({ streamId: '$ce-signal', type: '$>' })).toBe(true);
  });

  it('recognises stream metadata by its stream', () => {
    expect(isSystemEvent({ streamId: '$$signal-9a1b', type: '$metadata' })).toBe(true);
  });

  it('does not take a dollar sign inside a name for a system event', () => {
    expect(isSystemEvent({ streamId: 'signal-$1', type: 'Signal$Recorded' })).toBe(false);
  });
});

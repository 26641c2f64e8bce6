import { DomainError, type Command, type Decider, type DomainEvent } from '#domain';
import type { AppendOptions, EventToAppend } from '#event-store';
import { eventFactory, InMemoryEventStore, recordingReads } from '#event-store/testing';
import { ConcurrentChangeError } from '../application-errors';
import type { Principal } from '../authorization/principal';
import type { CommandDefinition } from './command-definition';
import { ExecuteCommand, ExecuteCommandHandler } from './execute-command';

/** A body serves municipalities; a signal may only be recorded where its body serves. */
type BodyEvent = DomainEvent<'Serves', { code: string }> | DomainEvent<'StopsServing', { code: string }>;
const body: Pick<Decider<Command, BodyEvent, readonly string[]>, 'evolve' | 'initialState'> = {
  initialState: () => [],
  evolve: (codes, event) =>
    event.type === 'Serves' ? [...codes, event.data.code] : codes.filter((code) => code !== event.data.code),
};

type RecordCommand = Command<'RecordSignal', { id: string; bodyId: string; municipalityCode: string }>;
type RecordedEvent = DomainEvent<'Recorded', { municipalityCode: string }>;
const signal: Decider<RecordCommand, RecordedEvent, boolean> = {
  initialState: () => false,
  evolve: () => true,
  decide: (command) => [{ type: 'Recorded', data: { municipalityCode: command.data.municipalityCode } }],
};

const recordSignal: CommandDefinition<RecordCommand, RecordedEvent, boolean> = {
  operationId: 'RecordSignal',
  decider: signal,
  creates: true,
  streamId: (data) => `signal-${data.id}`,
  resultId: (data) => data.id,
  municipalities: (data) => [data.municipalityCode],
  crossCheck: async (data, _state, streams) => {
    const { state } = await streams.load(`body-${data.bodyId}`, body);
    if (!state.includes(data.municipalityCode)) {
      throw new DomainError('SIGNAL.BODY_DOES_NOT_SERVE', 'The body does not serve there', 'conflict');
    }
  },
};

const secretary: Principal = { id: 'user-secretary', roles: ['secretary'], municipalities: ['GM0375'] };
const record = (handler: ExecuteCommandHandler, id: string) =>
  handler.execute(
    new ExecuteCommand(recordSignal, {
      data: { id, bodyId: 'ijmond', municipalityCode: 'GM0375' },
      principal: secretary,
      now: '2026-12-07T10:00:00+01:00',
      correlationId: 'c0a80101-0000-4000-8000-0000000000c1',
      causationId: 'c0a80101-0000-4000-8000-0000000000c2',
    }),
  );

describe('rules across streams judged on what the handler remembers (ADR 47)', () => {
  const event = eventFactory('command-rules');
  let store: InMemoryEventStore;

  beforeEach(async () => {
    store = new InMemoryEventStore();
    await store.appendToStream('body-ijmond', [event('Serves', { code: 'GM0375' })]);
  });

  it('judge a body remembered from an earlier command without reading it again', async () => {
    const { store: seen, reads } = recordingReads(store);
    const handler = new ExecuteCommandHandler(seen);

    await record(handler, 'one');
    await record(handler, 'two');

    expect(reads.filter(([streamId]) => streamId === 'body-ijmond')).toHaveLength(1);
    expect(await store.readStream('signal-two')).toHaveLength(1);
  });

  it('run the command again on the body as stored when it moved on meanwhile', async () => {
    const handler = new ExecuteCommandHandler(store);
    await record(handler, 'one');

    // Another process records that the body no longer serves Velsen.
    await store.appendToStream('body-ijmond', [event('StopsServing', { code: 'GM0375' })]);

    await expect(record(handler, 'two')).rejects.toMatchObject({ code: 'SIGNAL.BODY_DOES_NOT_SERVE' });
    expect(await store.readStream('signal-two')).toEqual([]);
  });

  it('answer a concurrent change when the body moves on before every run', async () => {
    const busy = Object.create(store) as InMemoryEventStore;
    busy.appendToStream = async (streamId: string, events: readonly EventToAppend[], options?: AppendOptions) => {
      // Someone else writes to the body between every decision and its append.
      if (streamId.startsWith('signal-')) await store.appendToStream('body-ijmond', [event('Serves', { code: 'X' })]);
      return store.appendToStream(streamId, events, options);
    };

    await expect(record(new ExecuteCommandHandler(busy), 'one')).rejects.toBeInstanceOf(ConcurrentChangeError);
    expect(await store.readStream('signal-one')).toEqual([]);
  });
});

import { DomainError, type Command, type Decider, type DomainEvent } from '#domain';
import type { EventStore } from '#event-store';
import { eventFactory, InMemoryEventStore, recordingReads } from '#event-store/testing';
import { ConcurrentChangeError, ForbiddenCommandError, StaleRevisionError } from '../application-errors';
import type { Principal } from '../authorization/principal';
import type { CommandDefinition } from './command-definition';
import type { CommandRequest } from './command-request';
import { ExecuteCommand, ExecuteCommandHandler } from './execute-command';

/** The pipeline as the bus runs it, on the store a test gives it. */
const executeCommand = <C extends Command, E extends DomainEvent, S>(
  store: EventStore,
  definition: CommandDefinition<C, E, S>,
  request: CommandRequest<C['data']>,
) => new ExecuteCommandHandler(store).execute(new ExecuteCommand(definition, request));

/** A tiny stream type: a tally that is opened once and counted up, never past ten. */
type TallyCommand =
  | Command<'StartPilot', { tallyId: string; municipalityCode: string }>
  | Command<'AssessSignal', { tallyId: string; by: number }>;
type TallyEvent =
  DomainEvent<'TallyOpened', { municipalityCode: string }> | DomainEvent<'TallyCounted', { by: number }>;
type TallyState = { count: number; municipalityCode: string | null };

const tally: Decider<TallyCommand, TallyEvent, TallyState> = {
  initialState: () => ({ count: 0, municipalityCode: null }),
  evolve: (state, event) =>
    event.type === 'TallyOpened'
      ? { ...state, municipalityCode: event.data.municipalityCode }
      : { ...state, count: state.count + event.data.by },
  decide: (command, state) => {
    if (command.type === 'StartPilot') {
      if (state.municipalityCode) throw new DomainError('TALLY.ALREADY_EXISTS', 'exists', 'conflict');
      return [{ type: 'TallyOpened', data: { municipalityCode: command.data.municipalityCode } }];
    }
    if (!state.municipalityCode) throw new DomainError('TALLY.NOT_FOUND', 'no tally', 'not-found');
    if (state.count + command.data.by > 10) throw new DomainError('TALLY.TOO_HIGH', 'too high');
    return [{ type: 'TallyCounted', data: { by: command.data.by } }];
  },
};

// The role table is real, so the test borrows two real operations: one creating (admin), one not.
const open: CommandDefinition<TallyCommand, TallyEvent, TallyState> = {
  operationId: 'StartPilot',
  decider: tally,
  creates: true,
  streamId: (data) => `tally-${data.tallyId}`,
  resultId: (data) => data.tallyId,
  municipalities: (data) => ('municipalityCode' in data ? [data.municipalityCode] : []),
};
const count: CommandDefinition<TallyCommand, TallyEvent, TallyState> = {
  ...open,
  operationId: 'AssessSignal',
  creates: false,
  municipalities: (_data, state) => (state.municipalityCode ? [state.municipalityCode] : []),
};

const admin: Principal = { id: 'user-admin', roles: ['admin'], municipalities: ['GM0375'] };
const request = <T>(data: T, overrides: Partial<CommandRequest<T>> = {}): CommandRequest<T> => ({
  data,
  principal: admin,
  now: '2026-11-23T10:00:00+01:00',
  correlationId: 'c0a80101-0000-4000-8000-0000000000c1',
  causationId: 'c0a80101-0000-4000-8000-0000000000c2',
  ...overrides,
});

describe('executing a command', () => {
  let store: InMemoryEventStore;

  beforeEach(() => {
    store = new InMemoryEventStore();
  });

  it('appends the decided events with the metadata of the request, and answers revision and position', async () => {
    const result = await executeCommand(store, open, request({ tallyId: 'a', municipalityCode: 'GM0375' }));
    const [event] = await store.readStream('tally-a');
    expect(result).toEqual({ id: 'a', streamId: 'tally-a', revision: 0, position: event?.position, created: true });
    expect(event?.metadata).toEqual({
      occurredAt: '2026-11-23T10:00:00+01:00',
      actor: { id: 'user-admin', role: 'admin' },
      municipalityCode: 'GM0375',
      correlationId: 'c0a80101-0000-4000-8000-0000000000c1',
      causationId: 'c0a80101-0000-4000-8000-0000000000c2',
      schemaVersion: 1,
    });
  });

  it('appends nothing when the decider refuses', async () => {
    await executeCommand(store, open, request({ tallyId: 'b', municipalityCode: 'GM0375' }));
    await expect(executeCommand(store, count, request({ tallyId: 'b', by: 11 }))).rejects.toMatchObject({
      code: 'TALLY.TOO_HIGH',
    });
    expect(await store.readStream('tally-b')).toHaveLength(1);
  });

  it('decides the command as completed with what other streams hold, not as the client sent it', async () => {
    await store.appendToStream('step-size', [eventFactory('step-size')('StepSet', { by: 3 })]);
    const stepped: typeof count = {
      ...count,
      complete: async (data, _state, streams) => {
        const { state } = await streams.load('step-size', {
          initialState: () => 0,
          evolve: (_by: number, event: DomainEvent) => (event.data as { by: number }).by,
        });
        return { ...data, by: state };
      },
    };
    await executeCommand(store, open, request({ tallyId: 'f', municipalityCode: 'GM0375' }));
    await executeCommand(store, stepped, request({ tallyId: 'f', by: 1 }));
    expect((await store.readStream('tally-f')).map((e) => e.data)).toEqual([{ municipalityCode: 'GM0375' }, { by: 3 }]);
  });

  it('answers a missing stream with the decider refusal, before judging tenancy', async () => {
    await expect(executeCommand(store, count, request({ tallyId: 'missing', by: 1 }))).rejects.toMatchObject({
      kind: 'not-found',
    });
  });

  it('refuses a role the table does not allow', async () => {
    const evaluator: Principal = { ...admin, roles: ['evaluator'] };
    const attempt = executeCommand(
      store,
      open,
      request({ tallyId: 'c', municipalityCode: 'GM0375' }, { principal: evaluator }),
    );
    await expect(attempt).rejects.toBeInstanceOf(ForbiddenCommandError);
  });

  it('refuses a municipality the caller does not act for', async () => {
    const attempt = executeCommand(store, open, request({ tallyId: 'd', municipalityCode: 'GM0453' }));
    await expect(attempt).rejects.toBeInstanceOf(ForbiddenCommandError);
    expect(await store.streamExists('tally-d')).toBe(false);
  });

  it('refuses an If-Match revision that is no longer current', async () => {
    await executeCommand(store, open, request({ tallyId: 'e', municipalityCode: 'GM0375' }));
    await executeCommand(store, count, request({ tallyId: 'e', by: 1 }, { expectedRevision: 0 }));
    const stale = executeCommand(store, count, request({ tallyId: 'e', by: 1 }, { expectedRevision: 0 }));
    await expect(stale).rejects.toBeInstanceOf(StaleRevisionError);
  });

  it('lets one of two concurrent commands win and tells the other of the conflict', async () => {
    await executeCommand(store, open, request({ tallyId: 'f', municipalityCode: 'GM0375' }));
    const outcomes = await Promise.allSettled(
      Array.from({ length: 5 }, () => executeCommand(store, count, request({ tallyId: 'f', by: 1 }))),
    );
    const failures = outcomes.filter((o) => o.status === 'rejected');
    expect(outcomes.some((o) => o.status === 'fulfilled')).toBe(true);
    expect(failures.every((f) => f.reason instanceof ConcurrentChangeError)).toBe(true);
    const events = await store.readStream('tally-f');
    expect(events).toHaveLength(1 + outcomes.length - failures.length);
  });

  it('answers a retry with the same idempotency key with the first answer and appends nothing', async () => {
    await executeCommand(store, open, request({ tallyId: 'g', municipalityCode: 'GM0375' }));
    const first = await executeCommand(store, count, request({ tallyId: 'g', by: 6 }, { idempotencyKey: 'k-1' }));
    const retry = await executeCommand(store, count, request({ tallyId: 'g', by: 6 }, { idempotencyKey: 'k-1' }));
    expect(retry).toEqual(first);
    expect(await store.readStream('tally-g')).toHaveLength(2);
  });
  describe('a command that makes its stream', () => {
    it('makes it without reading it first', async () => {
      const { store: seen, reads } = recordingReads(store);

      const result = await executeCommand(seen, open, request({ tallyId: 'h', municipalityCode: 'GM0375' }));

      expect(result).toMatchObject({ revision: 0, created: true });
      expect(reads.map(([streamId]) => streamId)).toEqual([]);
    });

    it('refuses a stream that exists as it does after reading it, and appends nothing', async () => {
      await executeCommand(store, open, request({ tallyId: 'i', municipalityCode: 'GM0375' }));
      const { store: seen, reads } = recordingReads(store);

      const again = executeCommand(seen, open, request({ tallyId: 'i', municipalityCode: 'GM0375' }));

      await expect(again).rejects.toMatchObject({ code: 'TALLY.ALREADY_EXISTS', kind: 'conflict' });
      expect(reads.map(([streamId]) => streamId)).toEqual(['tally-i']);
      expect(await store.readStream('tally-i')).toHaveLength(1);
    });

    it('answers a retry under the same idempotency key with the first answer, also once the stream moved on', async () => {
      const key = { idempotencyKey: 'k-2' };
      const first = await executeCommand(store, open, request({ tallyId: 'j', municipalityCode: 'GM0375' }, key));
      await executeCommand(store, count, request({ tallyId: 'j', by: 1 }));

      const retry = await executeCommand(store, open, request({ tallyId: 'j', municipalityCode: 'GM0375' }, key));

      expect(retry).toEqual(first);
      expect(await store.readStream('tally-j')).toHaveLength(2);
    });

    it('lets one of two racing creates make it and refuses the other as existing', async () => {
      const outcomes = await Promise.allSettled(
        [1, 2].map(() => executeCommand(store, open, request({ tallyId: 'k', municipalityCode: 'GM0375' }))),
      );

      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const refused = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(refused?.reason).toMatchObject({ code: 'TALLY.ALREADY_EXISTS' });
      expect(await store.readStream('tally-k')).toHaveLength(1);
    });
  });
  it("reads the streams a rule looks at without anyone's personal data, and its own stream with it", async () => {
    await executeCommand(store, open, request({ tallyId: 'l', municipalityCode: 'GM0375' }));
    const { store: seen, reads } = recordingReads(store);
    const checked: CommandDefinition<TallyCommand, TallyEvent, TallyState> = {
      ...count,
      crossCheck: async (_data, _state, streams) => void (await streams.load('tally-l', tally)),
    };

    await executeCommand(seen, checked, request({ tallyId: 'l', by: 1 }));

    expect(reads).toEqual([
      ['tally-l', undefined],
      ['tally-l', { withholdPersonalData: true }],
    ]);
  });
});

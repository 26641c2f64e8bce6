import { DomainError, type Command, type Decider, type DomainEvent } from '#domain';
import { InMemoryEventStore } from '#event-store/testing';
import type { Principal } from '../authorization/principal';
import type { CommandDefinition } from './command-definition';
import type { CommandRequest } from './command-request';
import { ExecuteCommand, ExecuteCommandHandler } from './execute-command';

/** A stream owned by one municipality and addressed to several, like a regional advice. */
type RegionalCommand =
  | Command<'StartPilot', { id: string; municipalityCode: string; addressedTo: string[] }>
  | Command<'AssessSignal', { id: string }>;
type RegionalEvent = DomainEvent<'Started', { municipalityCode: string; addressedTo: string[] }> | DomainEvent<'Noted'>;
type RegionalState = { municipalityCode: string; addressedTo: readonly string[] } | null;

const regional: Decider<RegionalCommand, RegionalEvent, RegionalState> = {
  initialState: () => null,
  evolve: (state, event) => (event.type === 'Started' ? { ...event.data } : state),
  decide: (command, state) => {
    if (command.type === 'StartPilot') {
      const { municipalityCode, addressedTo } = command.data;
      return [{ type: 'Started', data: { municipalityCode, addressedTo } }];
    }
    if (!state) throw new DomainError('REGIONAL.NOT_FOUND', 'none', 'not-found');
    return [{ type: 'Noted', data: {} }];
  },
};

// Real operations, as the role table is real; the admin role may run both.
const start: CommandDefinition<RegionalCommand, RegionalEvent, RegionalState> = {
  operationId: 'StartPilot',
  decider: regional,
  creates: true,
  streamId: (data) => `regional-${data.id}`,
  resultId: (data) => data.id,
  municipalities: (data) => ('addressedTo' in data ? data.addressedTo : []),
};
const note: typeof start = {
  ...start,
  operationId: 'AssessSignal',
  creates: false,
  municipalities: (_data, state) => state?.addressedTo ?? [],
};

/** Beverwijk's admin: addressed, but the stream is Velsen's. */
const beverwijk: Principal = { id: 'user-beverwijk', roles: ['admin'], municipalities: ['GM0375'] };
const request = <T>(data: T): CommandRequest<T> => ({
  data,
  principal: beverwijk,
  now: '2026-11-23T10:00:00+01:00',
  correlationId: 'c0a80101-0000-4000-8000-0000000000c1',
  causationId: 'c0a80101-0000-4000-8000-0000000000c2',
});
const execute = <C extends Command>(
  store: InMemoryEventStore,
  definition: CommandDefinition<C, RegionalEvent, RegionalState>,
  data: C['data'],
) => new ExecuteCommandHandler(store).execute(new ExecuteCommand(definition, request(data)));

describe('the tenant of a command acting in several municipalities', () => {
  it("is the stream's own municipality, named by the command that starts it and by the state after", async () => {
    const store = new InMemoryEventStore();
    const addressedTo = ['GM0375', 'GM0453', 'GM0396'];
    await execute(store, start, { id: 'a', municipalityCode: 'GM0453', addressedTo });
    await execute(store, note, { id: 'a' });
    const events = await store.readStream('regional-a');
    expect(events.map((e) => e.metadata.municipalityCode)).toEqual(['GM0453', 'GM0453']);
  });

  it('is none when the command names no municipality of its own among them', async () => {
    const store = new InMemoryEventStore();
    await execute(store, start, { id: 'b', municipalityCode: 'GM0363', addressedTo: ['GM0375', 'GM0453'] });
    const [event] = await store.readStream('regional-b');
    expect(event?.metadata).not.toHaveProperty('municipalityCode');
  });
});

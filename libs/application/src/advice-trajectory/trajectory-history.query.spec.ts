import { adviceTrajectoryStreamId, DomainError } from '#domain';
import { eventFactory, InMemoryEventStore } from '#event-store/testing';
import {
  approachAgreed,
  started,
  TRAJECTORY_ID,
} from '../../../domain/src/advice-trajectory/advice-trajectory.fixtures';
import { trajectoryHistory } from './trajectory-history.query';

describe('the history of an advice trajectory', () => {
  const recorded = eventFactory('history');
  const store = new InMemoryEventStore();
  let between: Date;

  beforeAll(async () => {
    const stream = adviceTrajectoryStreamId(TRAJECTORY_ID);
    await store.appendToStream(stream, [recorded(started.type, started.data)]);
    const [first] = await store.readStream(stream);
    between = new Date((first?.recordedAt.getTime() ?? 0) + 1);
    // Recorded strictly later, so `between` falls between the two events.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await store.appendToStream(stream, [recorded(approachAgreed.type, approachAgreed.data)]);
  });

  it('folds every event into the state, oldest first, naming its municipality', async () => {
    const history = await trajectoryHistory(store, TRAJECTORY_ID);
    expect(history.municipalityCode).toBe('GM0375');
    expect(history.events.map((e) => e.type)).toEqual(['AdviceTrajectoryStarted', 'ParticipationApproachAgreed']);
    expect(history.state).toMatchObject({ status: 'started', approach: { forms: ['theme-table', 'survey'] } });
  });

  it("shows an event the first version wrote in today's shape, addressed to its own municipality", async () => {
    const history = await trajectoryHistory(store, TRAJECTORY_ID);
    expect(history.events[0]?.data).toMatchObject({ municipalityCode: 'GM0375', addressedTo: ['GM0375'] });
  });

  it('as of an instant, folds only the events recorded by then', async () => {
    const history = await trajectoryHistory(store, TRAJECTORY_ID, between);
    expect(history.events.map((e) => e.type)).toEqual(['AdviceTrajectoryStarted']);
    expect(history.state).not.toHaveProperty('approach.forms');
  });

  it('is not found before the trajectory started', async () => {
    const before = new Date(between.getTime() - 60_000);
    await expect(trajectoryHistory(store, TRAJECTORY_ID, before)).rejects.toMatchObject({
      code: 'ADVICE_TRAJECTORY.NOT_FOUND',
    });
  });

  it('is not found for a trajectory that was never started', async () => {
    await expect(trajectoryHistory(store, 'c0a80101-0000-4000-8000-00000000dead')).rejects.toBeInstanceOf(DomainError);
  });
});

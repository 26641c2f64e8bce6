import { ProgressTracker } from './rebuild-progress';

describe('rebuild progress', () => {
  describe('when the caller counted the events', () => {
    it('reports done of the counted total, the rate and the time left', () => {
      const tracker = new ProgressTracker(10_000, 50_000n, 1_000);
      expect(tracker.add(2_000, 1n, 9_000n, 3_000)).toEqual({
        done: 2_000,
        total: 10_000,
        elapsedMs: 2_000,
        eventsPerSecond: 1_000,
        etaMs: 8_000,
      });
    });

    it('raises the total when more events arrived than were counted', () => {
      const tracker = new ProgressTracker(100, 50_000n, 0);
      expect(tracker.add(150, 1n, 60_000n, 1_000)).toMatchObject({ done: 150, total: 150, etaMs: 0 });
    });
  });

  describe('when nobody counted', () => {
    it('estimates the total from how far the position has come towards the head', () => {
      const tracker = new ProgressTracker(null, 1_001n, 0);
      tracker.add(100, 1n, 101n, 500);
      expect(tracker.add(100, 102n, 251n, 1_000)).toMatchObject({ done: 200, total: 800, etaMs: 3_000 });
    });

    it('counts what it read once past the head it started under', () => {
      const tracker = new ProgressTracker(null, 1_000n, 0);
      expect(tracker.add(40, 1n, 1_200n, 1_000)).toMatchObject({ done: 40, total: 40 });
    });
  });

  it('has no time left to tell before any time has passed', () => {
    expect(new ProgressTracker(1_000, null, 0).add(5, 1n, 5n, 0)).toMatchObject({ eventsPerSecond: 0, etaMs: null });
  });

  it('has no time left when there was nothing to do', () => {
    expect(new ProgressTracker(0, null, 0).finish(0)).toEqual({
      done: 0,
      total: 0,
      elapsedMs: 0,
      eventsPerSecond: 0,
      etaMs: 0,
    });
  });

  it('reports everything done when caught up', () => {
    const tracker = new ProgressTracker(1_000, 5_000n, 0);
    tracker.add(600, 1n, 3_000n, 600);
    expect(tracker.finish(700)).toEqual({ done: 600, total: 600, elapsedMs: 700, eventsPerSecond: 857, etaMs: 0 });
  });
});

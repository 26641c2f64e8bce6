import { DEFAULT_OBSERVABILITY, loadObservabilityConfig } from './observability-config';

describe('loading the observability configuration', () => {
  it('leaves /metrics open, tolerates 1,000 events of projection lag and stops at once by default', () => {
    expect(loadObservabilityConfig({})).toEqual(DEFAULT_OBSERVABILITY);
    expect(DEFAULT_OBSERVABILITY).toEqual({
      metricsToken: undefined,
      readinessMaxProjectionLag: 1_000,
      shutdownDelayMs: 0,
    });
  });

  it('reads each variable', () => {
    expect(
      loadObservabilityConfig({
        METRICS_TOKEN: 'scrape-me-please-0123',
        READINESS_MAX_PROJECTION_LAG: '50',
        SHUTDOWN_DELAY_MS: '5000',
      }),
    ).toEqual({ metricsToken: 'scrape-me-please-0123', readinessMaxProjectionLag: 50, shutdownDelayMs: 5000 });
  });

  it.each([
    ['METRICS_TOKEN', 'short', 'METRICS_TOKEN must be 16 to 256 visible ASCII characters'],
    ['READINESS_MAX_PROJECTION_LAG', 'lots', 'READINESS_MAX_PROJECTION_LAG must be a whole number'],
    ['READINESS_MAX_PROJECTION_LAG', '10000', 'must not be greater than 9999'],
    ['SHUTDOWN_DELAY_MS', '-1', 'SHUTDOWN_DELAY_MS must not be less than 0'],
  ])('refuses %s=%s, naming the variable', (name, value, message) => {
    expect(() => loadObservabilityConfig({ [name]: value })).toThrow(message);
  });

  it('never repeats a refused metrics token in its message', () => {
    expect(() => loadObservabilityConfig({ METRICS_TOKEN: 'has a space in it, 1234' })).toThrow(
      /METRICS_TOKEN .*\(got '\[redacted\]'\)/,
    );
  });
});

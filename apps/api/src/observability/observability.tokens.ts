/** Nest injection token for this process's {@link ObservabilityConfig}. */
export const OBSERVABILITY_CONFIG = Symbol('ObservabilityConfig');

export * from './signal.cross-checks';
export * from './record-signal.definition';
export * from './assess-signal.definition';
export * from './refer-signal.definition';
export * from './cluster-signals.definition';
export * from './close-signal.definition';

export { rebuildProjections, type RebuildOptions, type RebuildResult } from './rebuild-projections';
export { RebuildAlreadyRunningError } from './rebuild-generations';
export type { RebuildProgress } from './rebuild-progress';
export {
  compareVersions,
  upgradeProjections,
  type UpgradeOptions,
  type UpgradeOutcome,
  type VersionMismatch,
} from './upgrade-projections';
export { startProjectionUpgrade, type ProjectionUpgradeOptions, type RunningUpgrade } from './projection-upgrade';

import { resolve } from 'node:path';

/** The repository root: this file runs as `dist/bench/src/paths.js`. */
export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
export const RESULTS_DIR = resolve(REPO_ROOT, 'bench', 'results');
export const EMMETT_PEER_DIR = resolve(REPO_ROOT, 'bench', 'peers', 'emmett');
export const BUILT_API = resolve(REPO_ROOT, 'dist', 'apps', 'api', 'src', 'main.js');

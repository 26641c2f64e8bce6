import type { Projection } from '../projection';

/** This folder's read models, folded by the runner. */
export const ADVICE_REGISTER_PROJECTIONS: readonly Projection[] = [];

import type { Projection } from '../projection';
import { bodyDisputes } from './body-disputes.projection';

export * from './body-disputes.projection';
export * from './dispute.queries';

/** This folder's read models, folded by the runner. */
export const DISPUTE_REGISTER_PROJECTIONS: readonly Projection[] = [bodyDisputes];

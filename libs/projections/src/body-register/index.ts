import type { Projection } from '../projection';
import { bodyRegister } from './body-register.projection';

export { bodyRegister } from './body-register.projection';
export type * from './body-register.doc';
export * from './body-register.queries';
export * from './body-composition';
export * from './consultation-norms';
export * from './small-counts';

/** This folder's read models, folded by the runner. */
export const BODY_REGISTER_PROJECTIONS: readonly Projection[] = [bodyRegister];

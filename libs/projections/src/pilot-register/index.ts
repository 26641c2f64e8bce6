import type { Projection } from '../projection';
import { pilotRegister } from './pilot-register.projection';

export { pilotRegister, type PilotFinding, type PilotRegisterDoc } from './pilot-register.projection';
export * from './pilot-register.queries';

/** This folder's read models, folded by the runner. */
export const PILOT_REGISTER_PROJECTIONS: readonly Projection[] = [pilotRegister];

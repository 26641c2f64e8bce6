import type { Projection } from './projection';
import { signalRegister } from './signal-register/signal-register.projection';

/** Every read model the engine keeps, in the order the runner folds them. */
export const READ_MODEL_PROJECTIONS: readonly Projection[] = [signalRegister];

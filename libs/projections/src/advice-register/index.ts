import type { Projection } from '../projection';
import { adviceRegister } from './advice-register.projection';

export { adviceRegister } from './advice-register.projection';
export { adviceForProposalAt } from './advice-register-at';
export * from './advice-register.queries';
export * from './advice-deadlines.queries';
export * from './council-proposal.queries';
export * from './council-proposal-list.queries';
export * from './advice-register.doc';
export * from './advice-register.terms';

/** This folder's read models, folded by the runner. */
export const ADVICE_REGISTER_PROJECTIONS: readonly Projection[] = [adviceRegister];

import type { Projection } from '../projection';
import { tableRegister } from './table-register.projection';

export { tableRegister } from './table-register.projection';
export * from './table-register.queries';
export type {
  PerspectiveCount,
  TableClose,
  TableContribution,
  TableParticipant,
  TableRegisterDoc,
  TableSession,
} from './table-register.doc';

/** This folder's read models, folded by the runner. */
export const TABLE_REGISTER_PROJECTIONS: readonly Projection[] = [tableRegister];

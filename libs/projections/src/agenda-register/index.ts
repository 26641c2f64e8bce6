import type { Projection } from '../projection';
import { agendaRegister } from './agenda-register.projection';

export {
  agendaRegister,
  isAgreed,
  isFromSignals,
  type AgendaAgreement,
  type AgendaItemEntry,
  type AgendaRegisterDoc,
} from './agenda-register.projection';
export type * from './agenda-links';
export * from './agenda-register.queries';

/** This folder's read models, folded by the runner. */
export const AGENDA_REGISTER_PROJECTIONS: readonly Projection[] = [agendaRegister];

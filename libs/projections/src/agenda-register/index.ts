import type { Projection } from '../projection';
import { agendaRegister } from './agenda-register.projection';

export {
  agendaRegister,
  isFromSignals,
  type AgendaItemEntry,
  type AgendaRegisterDoc,
} from './agenda-register.projection';

/** This folder's read models, folded by the runner. */
export const AGENDA_REGISTER_PROJECTIONS: readonly Projection[] = [agendaRegister];

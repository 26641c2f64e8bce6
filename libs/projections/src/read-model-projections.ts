import { ADVICE_REGISTER_PROJECTIONS } from './advice-register';
import { AGENDA_REGISTER_PROJECTIONS } from './agenda-register';
import { BODY_REGISTER_PROJECTIONS } from './body-register';
import { DOCUMENT_REGISTER_PROJECTIONS } from './document-register';
import { DISPUTE_REGISTER_PROJECTIONS } from './dispute-register';
import { MUNICIPALITY_REGISTER_PROJECTIONS } from './municipality-register';
import { PILOT_REGISTER_PROJECTIONS } from './pilot-register';
import type { Projection } from './projection';
import { signalRegister } from './signal-register/signal-register.projection';
import { TABLE_REGISTER_PROJECTIONS } from './table-register';

/** Every read model the engine keeps, in the order the runner folds them. */
export const READ_MODEL_PROJECTIONS: readonly Projection[] = [
  signalRegister,
  ...ADVICE_REGISTER_PROJECTIONS,
  ...TABLE_REGISTER_PROJECTIONS,
  ...MUNICIPALITY_REGISTER_PROJECTIONS,
  ...AGENDA_REGISTER_PROJECTIONS,
  ...BODY_REGISTER_PROJECTIONS,
  ...PILOT_REGISTER_PROJECTIONS,
  ...DISPUTE_REGISTER_PROJECTIONS,
  ...DOCUMENT_REGISTER_PROJECTIONS,
];

import type { Projection } from '../projection';
import { municipalityRegister } from './municipality-register.projection';
export * from './municipality-register.queries';

export {
  municipalityRegister,
  type MunicipalityBody,
  type MunicipalityRegisterDoc,
} from './municipality-register.projection';

/** This folder's read models, folded by the runner. */
export const MUNICIPALITY_REGISTER_PROJECTIONS: readonly Projection[] = [municipalityRegister];

import type { Projection } from '../projection';
import { documentRegister } from './document-register.projection';

export { documentRegister } from './document-register.projection';
export * from './document-register.queries';
export type { DocumentRegisterDoc, RegisteredDocument } from './document-register.doc';

/** This folder's read models, folded by the runner. */
export const DOCUMENT_REGISTER_PROJECTIONS: readonly Projection[] = [documentRegister];

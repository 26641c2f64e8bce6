/** Nest injection token for the document vault (`#documents`). */
export const DOCUMENT_VAULT = Symbol('DocumentVault');

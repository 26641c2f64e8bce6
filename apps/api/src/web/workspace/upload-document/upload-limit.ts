/** Nest injection token: the most bytes a document may have (the vault's limit, from configuration). */
export const DOCUMENT_UPLOAD_LIMIT = Symbol('DocumentUploadLimit');

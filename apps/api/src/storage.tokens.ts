/** Nest injection tokens for what `openStorage` provides. */
export const STORAGE = Symbol('Storage');

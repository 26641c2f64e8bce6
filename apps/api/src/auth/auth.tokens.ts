export const TOKEN_VERIFIER = Symbol('TokenVerifier');

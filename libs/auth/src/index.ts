export { principalFromClaims, UnauthenticatedError, LOCAL_ISSUER, DEFAULT_AUDIENCE } from './claims';
export { loadOrCreateSigningKey, type LocalSigningKey } from './local-signing-key';
export { issueLocalToken } from './issue-token';
export { localTokenVerifier, jwksTokenVerifier, type TokenVerifier, type JwksSettings } from './token-verifier';
export { rememberingTokenVerifier, type RememberOptions } from './remembering-token-verifier';

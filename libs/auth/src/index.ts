export { principalFromClaims, UnauthenticatedError, LOCAL_ISSUER, DEFAULT_AUDIENCE } from './claims';
export { loadOrCreateSigningKey, type LocalSigningKey } from './local-signing-key';
export { issueLocalToken } from './issue-token';
export {
  localTokenVerifier,
  jwksTokenVerifier,
  verifierByIssuer,
  type TokenVerifier,
  type JwksSettings,
} from './token-verifier';
export { rememberingTokenVerifier, type RememberOptions } from './remembering-token-verifier';
export { principalFromMappedClaims, checkClaimMapping, CONTRACT_CLAIMS, type ClaimMapping } from './claim-mapping';
export { pageTokens, PAGE_ISSUER, type PageTokens } from './page-tokens';
export {
  discoverOidc,
  type OidcSignIn,
  type OidcSignInSettings,
  type PendingSignIn,
  type OidcClientAuthentication,
  type SignedInContact,
} from './oidc-sign-in';

import type { Principal } from '#application';
import type { LocalSigningKey, OidcSignIn, PageTokens, SignedInContact } from '#auth';
import type { Sessions } from '#sessions';

/** How the pages sign people in and keep them signed in; one per process. */
export interface WebSignIn {
  readonly sessions: Sessions;
  readonly pageTokens: PageTokens;
  /** `Secure` and `__Host-` cookies: the public URL is https. */
  readonly secureCookies: boolean;
  readonly publicUrl: string;
  /** The identity provider; when present, `/inloggen` sends the browser there. */
  readonly oidc: OidcSignIn | undefined;
  /** Present only when the server signs its own tokens (no provider configured at all). */
  readonly localSigningKey: LocalSigningKey | undefined;
  /** Whether a body member's `sub` is a current member of a body serving their municipalities. */
  isCurrentBodyMember(principal: Principal): Promise<boolean>;
  /** Keeps the address the provider gave, so the notifications can mail staff (ADR 0034). */
  rememberSignedIn(principal: Principal, contact: SignedInContact): Promise<void>;
  readonly now: () => Date;
}

export const WEB_SIGN_IN = Symbol('WebSignIn');

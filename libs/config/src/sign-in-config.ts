import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { plainToInstance, Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';
import { InvalidConfigError } from './load-config';

/** Where roles and municipalities are read from in the provider's tokens (dotted paths). */
export interface ClaimMappingConfig {
  readonly rolesClaim: string;
  readonly municipalitiesClaim: string;
  /** Group ids (in `claim`) that grant roles and municipalities, from OIDC_GROUP_MAPPING_FILE. */
  readonly groups?: {
    readonly claim: string;
    readonly grants: Readonly<
      Record<string, { readonly roles: readonly string[]; readonly municipalities: readonly string[] }>
    >;
  };
}

export type OidcClientAuth =
  | { readonly kind: 'client-secret'; readonly secret: string }
  /** A PKCS #8 PEM or a JWK (JSON) private key, for `private_key_jwt`. */
  | { readonly kind: 'private-key-jwt'; readonly key: string };

export interface OidcConfig {
  readonly issuerUrl: string;
  readonly clientId: string;
  readonly clientAuth: OidcClientAuth;
  readonly scopes: string;
}

export interface SignInConfig {
  /** The address people use; redirects and cookies are built on it. */
  readonly publicUrl: string;
  /** `Secure` and `__Host-` cookies: whenever the public URL is https. */
  readonly secureCookies: boolean;
  /** The identity provider for the pages; absent means no OpenID Connect sign-in. */
  readonly oidc: OidcConfig | undefined;
  readonly claims: ClaimMappingConfig;
  readonly sessions: { readonly idleMs: number; readonly absoluteMs: number };
  /** On only when no identity provider is configured at all (neither OIDC nor JWKS). */
  readonly localSignIn: boolean;
  /** Where to listen; loopback by default while local sign-in is on, else every interface. */
  readonly listenAddress: string | undefined;
}

/** An http URL is allowed for a provider on this machine only (tests, a Keycloak in compose). */
const HTTPS_OR_LOCAL = /^(https:\/\/\S+|http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/\S*)?)$/;
const CLAIM_PATH = /^[A-Za-z0-9_:/.-]{1,200}$/;

class SignInVariables {
  @IsOptional()
  @Matches(/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?\/?$/, {
    message: 'PUBLIC_URL must be the http(s) origin people use, such as https://participatie.gemeente.nl (no path)',
  })
  PUBLIC_URL?: string;

  @IsOptional()
  @Matches(HTTPS_OR_LOCAL, { message: 'OIDC_ISSUER_URL must be an https:// URL (http only for localhost)' })
  OIDC_ISSUER_URL?: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  OIDC_CLIENT_ID?: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  OIDC_CLIENT_SECRET?: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  OIDC_PRIVATE_KEY_FILE?: string;

  @IsOptional()
  @Matches(/^[\x21-\x7e]+( [\x21-\x7e]+)*$/, { message: 'OIDC_SCOPES must be scopes separated by spaces' })
  OIDC_SCOPES?: string;

  @IsOptional()
  @Matches(CLAIM_PATH, { message: 'OIDC_ROLES_CLAIM must be a claim name or a dotted path (realm_access.roles)' })
  OIDC_ROLES_CLAIM?: string;

  @IsOptional()
  @Matches(CLAIM_PATH, { message: 'OIDC_MUNICIPALITIES_CLAIM must be a claim name or a dotted path' })
  OIDC_MUNICIPALITIES_CLAIM?: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  OIDC_GROUP_MAPPING_FILE?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'SESSION_IDLE_MINUTES must be a whole number of minutes' })
  @Min(1)
  @Max(1440)
  SESSION_IDLE_MINUTES?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'SESSION_MAX_HOURS must be a whole number of hours' })
  @Min(1)
  @Max(168)
  SESSION_MAX_HOURS?: number;

  @IsOptional()
  @Matches(/^[A-Za-z0-9.:[\]-]+$/, { message: 'LISTEN_ADDRESS must be an IP address or host name (0.0.0.0 for all)' })
  LISTEN_ADDRESS?: string;
}

const VARIABLES = [
  'PUBLIC_URL',
  'OIDC_ISSUER_URL',
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'OIDC_PRIVATE_KEY_FILE',
  'OIDC_SCOPES',
  'OIDC_ROLES_CLAIM',
  'OIDC_MUNICIPALITIES_CLAIM',
  'OIDC_GROUP_MAPPING_FILE',
  'SESSION_IDLE_MINUTES',
  'SESSION_MAX_HOURS',
  'LISTEN_ADDRESS',
] as const;

/** Thirty minutes unused, or ten hours (a working day) after sign-in: BIO's usual session rules. */
export const DEFAULT_SESSION_LIMITS = { idleMs: 30 * 60_000, absoluteMs: 10 * 3_600_000 };

/**
 * The sign-in settings: the identity provider, how its claims map to roles and municipalities,
 * and the sessions' limits. Every wrong or missing setting is named at once.
 */
export function loadSignInConfig(env: NodeJS.ProcessEnv, port = 3000): SignInConfig {
  const present = Object.fromEntries(
    VARIABLES.filter((name) => env[name]?.trim()).map((name) => [name, env[name]?.trim()]),
  );
  const variables = plainToInstance(SignInVariables, present);
  const problems = validateSync(variables, { forbidUnknownValues: true }).map((error) => {
    const messages = Object.values(error.constraints ?? {}).join('; ');
    const shown = error.property === 'OIDC_CLIENT_SECRET' ? '[redacted]' : String(present[error.property]);
    return `${messages} (got '${shown}')`;
  });
  const oidc = oidcOf(variables, problems);
  const groups = variables.OIDC_GROUP_MAPPING_FILE ? groupsOf(variables.OIDC_GROUP_MAPPING_FILE, problems) : undefined;
  if (problems.length > 0) throw new InvalidConfigError(problems);
  const publicUrl = (variables.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  const localSignIn = oidc === undefined && !env['JWT_JWKS_URL']?.trim();
  return {
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
    oidc,
    claims: {
      rolesClaim: variables.OIDC_ROLES_CLAIM ?? 'roles',
      municipalitiesClaim: variables.OIDC_MUNICIPALITIES_CLAIM ?? 'municipalities',
      ...(groups ? { groups } : {}),
    },
    sessions: {
      idleMs: variables.SESSION_IDLE_MINUTES ? variables.SESSION_IDLE_MINUTES * 60_000 : DEFAULT_SESSION_LIMITS.idleMs,
      absoluteMs: variables.SESSION_MAX_HOURS
        ? variables.SESSION_MAX_HOURS * 3_600_000
        : DEFAULT_SESSION_LIMITS.absoluteMs,
    },
    localSignIn,
    listenAddress: variables.LISTEN_ADDRESS ?? (localSignIn ? '127.0.0.1' : undefined),
  };
}

function oidcOf(variables: SignInVariables, problems: string[]): OidcConfig | undefined {
  const issuerUrl = variables.OIDC_ISSUER_URL;
  if (!issuerUrl) {
    const stray = (['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_PRIVATE_KEY_FILE'] as const).filter(
      (n) => variables[n],
    );
    for (const name of stray) problems.push(`${name} is set but OIDC_ISSUER_URL is not: set the provider's issuer too`);
    return undefined;
  }
  if (!variables.OIDC_CLIENT_ID) problems.push('OIDC_CLIENT_ID must be set when OIDC_ISSUER_URL is');
  if (!variables.PUBLIC_URL) {
    problems.push('PUBLIC_URL must be set when OIDC_ISSUER_URL is: the provider sends the browser back there');
  }
  const secret = variables.OIDC_CLIENT_SECRET;
  const keyFile = variables.OIDC_PRIVATE_KEY_FILE;
  if (secret && keyFile) problems.push('OIDC_CLIENT_SECRET and OIDC_PRIVATE_KEY_FILE are both set: choose one');
  if (!secret && !keyFile)
    problems.push('OIDC_CLIENT_SECRET or OIDC_PRIVATE_KEY_FILE must be set when OIDC_ISSUER_URL is');
  let clientAuth: OidcClientAuth | undefined;
  if (secret) clientAuth = { kind: 'client-secret', secret };
  else if (keyFile) {
    try {
      clientAuth = { kind: 'private-key-jwt', key: readFileSync(keyFile, 'utf8') };
    } catch {
      problems.push(`OIDC_PRIVATE_KEY_FILE cannot be read (got '${keyFile}')`);
    }
  }
  if (!variables.OIDC_CLIENT_ID || !clientAuth) return undefined;
  return {
    issuerUrl,
    clientId: variables.OIDC_CLIENT_ID,
    clientAuth,
    scopes: variables.OIDC_SCOPES ?? 'openid profile',
  };
}

/** `{"claim": "groups", "groups": {"<group id>": {"roles": [...], "municipalities": [...]}}}` */
function groupsOf(file: string, problems: string[]): ClaimMappingConfig['groups'] {
  const refuse = (why: string): undefined => {
    problems.push(`OIDC_GROUP_MAPPING_FILE ${why} (got '${file}')`);
    return undefined;
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return refuse('must be a readable JSON file');
  }
  const { claim, groups } = (parsed ?? {}) as { claim?: unknown; groups?: unknown };
  if (typeof claim !== 'string' || !CLAIM_PATH.test(claim)) return refuse('must name the groups claim in "claim"');
  if (typeof groups !== 'object' || groups === null) return refuse('must map group ids to grants in "groups"');
  const strings = (value: unknown): value is string[] =>
    Array.isArray(value) && value.every((item) => typeof item === 'string');
  const grants: Record<string, { roles: string[]; municipalities: string[] }> = {};
  for (const [group, grant] of Object.entries(groups)) {
    const { roles, municipalities } = (grant ?? {}) as { roles?: unknown; municipalities?: unknown };
    if (!strings(roles) || !strings(municipalities)) {
      return refuse(`must give group ${group} "roles" and "municipalities" as lists of strings`);
    }
    if (!municipalities.every((code) => /^GM\d{4}$/.test(code))) {
      return refuse(`lists municipalities for group ${group} that are not CBS codes (GM0000)`);
    }
    grants[group] = { roles, municipalities };
  }
  return { claim, grants };
}

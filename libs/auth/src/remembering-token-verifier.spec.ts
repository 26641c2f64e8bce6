import { UnauthenticatedError } from './claims';
import { rememberingTokenVerifier } from './remembering-token-verifier';
import type { TokenVerifier } from './token-verifier';

const official = { id: 'u1', roles: ['official' as const], municipalities: ['GM0375'] };

/** A token with this `exp` (seconds) and subject; its signature is the inner verifier's business. */
function token(exp: number, sub = 'u1'): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'ES256' })}.${part({ sub, exp })}.signature`;
}

/** Counts signature checks; refuses the tokens it is given. */
function countingVerifier(refused: readonly string[] = []): TokenVerifier & { checks: number } {
  const verifier = {
    checks: 0,
    verify: (value: string) => {
      verifier.checks += 1;
      return refused.includes(value)
        ? Promise.reject(new UnauthenticatedError('The bearer token is not valid: bad signature'))
        : Promise.resolve(official);
    },
  };
  return verifier;
}

describe('a verifier that remembers verified tokens', () => {
  const clock = { ms: 1_000_000 };
  const now = (): number => clock.ms;

  it('checks the signature of a token once, however often it comes', async () => {
    const inner = countingVerifier();
    const verifier = rememberingTokenVerifier(inner, { now });
    const bearer = token(2_000);
    const answers = [await verifier.verify(bearer), await verifier.verify(bearer), await verifier.verify(bearer)];
    expect(answers).toEqual([official, official, official]);
    expect(inner.checks).toBe(1);
  });

  it('checks again once the remembered verification is a minute old', async () => {
    const inner = countingVerifier();
    const verifier = rememberingTokenVerifier(inner, { now, maxAgeMs: 60_000 });
    const bearer = token(10_000);
    await verifier.verify(bearer);
    clock.ms += 60_000;
    await verifier.verify(bearer);
    expect(inner.checks).toBe(2);
  });

  it('never answers for a token past its own expiry', async () => {
    const inner = countingVerifier();
    const verifier = rememberingTokenVerifier(inner, { now });
    const bearer = token(clock.ms / 1000 + 5);
    await verifier.verify(bearer);
    clock.ms += 5_000;
    await verifier.verify(bearer);
    expect(inner.checks).toBe(2);
  });

  it('remembers no refusal', async () => {
    const bad = token(10_000, 'bad');
    const inner = countingVerifier([bad]);
    const verifier = rememberingTokenVerifier(inner, { now });
    await expect(verifier.verify(bad)).rejects.toThrow(/not valid/);
    await expect(verifier.verify(bad)).rejects.toThrow(/not valid/);
    expect(inner.checks).toBe(2);
  });

  it('forgets the least recently used token when full', async () => {
    const inner = countingVerifier();
    const verifier = rememberingTokenVerifier(inner, { now, maxTokens: 2 });
    const [a, b, c] = [token(10_000, 'a'), token(10_000, 'b'), token(10_000, 'c')];
    for (const bearer of [a, b, a, c, a, b]) await verifier.verify(bearer);
    // a, b and c once each; b again after c pushed it out; a stayed, being used.
    expect(inner.checks).toBe(4);
  });
});

import type { Principal } from '#application';
import type { TokenVerifier } from '#auth';
import { verifyOnce } from './verify-once';

const principal: Principal = { id: 'user-1', roles: ['official'], municipalities: ['GM0375'] };

function countingVerifier(): TokenVerifier & { calls: string[] } {
  const calls: string[] = [];
  return { calls, verify: (token: string) => (calls.push(token), Promise.resolve(principal)) };
}

describe('verifying a request’s token once', () => {
  it('checks the signature once for both guards of one request', async () => {
    const verifier = countingVerifier();
    const request = {};
    await expect(verifyOnce(request, 'token-a', verifier)).resolves.toBe(principal);
    await expect(verifyOnce(request, 'token-a', verifier)).resolves.toBe(principal);
    expect(verifier.calls).toEqual(['token-a']);
  });

  it('checks again for another request, or another token on the same one', async () => {
    const verifier = countingVerifier();
    const request = {};
    await verifyOnce(request, 'token-a', verifier);
    await verifyOnce({}, 'token-a', verifier);
    await verifyOnce(request, 'token-b', verifier);
    expect(verifier.calls).toEqual(['token-a', 'token-a', 'token-b']);
  });

  it('gives every asker the same refusal for a bad token', async () => {
    const refusal = new Error('bad signature');
    const verifier: TokenVerifier = { verify: () => Promise.reject(refusal) };
    const request = {};
    await expect(verifyOnce(request, 'forged', verifier)).rejects.toBe(refusal);
    await expect(verifyOnce(request, 'forged', verifier)).rejects.toBe(refusal);
  });
});

import { isOwnMachine } from './forwarded';

/** The rule before issue #18: a loopback socket was enough, whatever the headers said. */
const oldRule = (remoteAddress: string): boolean =>
  /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/.test(remoteAddress);

describe("whether a sign-in request comes from the server's own machine", () => {
  it.each(['127.0.0.1', '::1', '::ffff:127.0.0.1'])(
    'believes a loopback socket (%s) without forwarding headers',
    (address) => {
      expect(isOwnMachine(address, {})).toBe(true);
    },
  );

  it('never believes another address', () => {
    expect(isOwnMachine('10.0.0.7', {})).toBe(false);
    expect(isOwnMachine(undefined, {})).toBe(false);
  });

  it.each([
    ['forwarded', 'for=203.0.113.9'],
    ['x-forwarded-for', '203.0.113.9'],
    ['x-real-ip', '203.0.113.9'],
    ['via', '1.1 tunnel'],
  ])('refuses a loopback socket that carries %s, which the old rule let through', (header, value) => {
    expect(oldRule('127.0.0.1')).toBe(true);
    expect(isOwnMachine('127.0.0.1', { [header]: value })).toBe(false);
  });
});

import { decryptValue, encryptValue, newPersonKey } from './personal-data-cipher';

describe('sealing a personal value', () => {
  const key = newPersonKey();
  const person = 'c0a80101-0000-4000-8000-0000000000p1';

  it('opens again with the same key and person', () => {
    const sealed = encryptValue(key, person, { name: 'Mevrouw Jansen', contact: '06-12345678' });
    expect(decryptValue(key, person, sealed)).toEqual({ name: 'Mevrouw Jansen', contact: '06-12345678' });
  });

  it('never holds the plain text', () => {
    expect(Buffer.from(encryptValue(key, person, 'Mevrouw Jansen'), 'base64').toString('latin1')).not.toContain(
      'Jansen',
    );
  });

  it('does not open under another person, even with the same key', () => {
    const sealed = encryptValue(key, person, 'Mevrouw Jansen');
    expect(() => decryptValue(key, 'someone-else', sealed)).toThrow();
  });

  it('does not open once altered', () => {
    const bytes = Buffer.from(encryptValue(key, person, 'Mevrouw Jansen'), 'base64');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    expect(() => decryptValue(key, person, bytes.toString('base64'))).toThrow();
  });
});

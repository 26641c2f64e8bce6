import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMasterKey, MasterKeyWrapper, PersonKeyUnwrapError } from './person-key-wrapping';

describe('wrapping person keys with a master key outside the database', () => {
  const masterKey = randomBytes(32);
  const wrapper = new MasterKeyWrapper(() => Promise.resolve(masterKey));
  const personKey = randomBytes(32);

  it('gives back the key it wrapped, and the wrapped form does not contain it', async () => {
    const wrapped = await wrapper.wrap('anna', personKey);

    expect(await wrapper.unwrap('anna', wrapped)).toEqual(personKey);
    expect(wrapped.includes(personKey)).toBe(false);
    expect(wrapped).toHaveLength(61);
  });

  it('refuses a wrapped key moved to another person', async () => {
    const wrapped = await wrapper.wrap('anna', personKey);

    await expect(wrapper.unwrap('bram', wrapped)).rejects.toBeInstanceOf(PersonKeyUnwrapError);
  });

  it('refuses a wrapped key altered in the table', async () => {
    const wrapped = await wrapper.wrap('anna', personKey);
    wrapped[wrapped.length - 1] = (wrapped[wrapped.length - 1] ?? 0) ^ 1;

    await expect(wrapper.unwrap('anna', wrapped)).rejects.toThrow(/cannot be unwrapped/);
  });

  it('refuses to unwrap with another master key, naming the setting', async () => {
    const wrapped = await wrapper.wrap('anna', personKey);
    const other = new MasterKeyWrapper(() => Promise.resolve(randomBytes(32)));

    await expect(other.unwrap('anna', wrapped)).rejects.toThrow(/PERSON_KEY_MASTER_KEY/);
  });

  it('asks for the master key only when a key is first wrapped or unwrapped', async () => {
    const load = jest.fn(() => Promise.resolve(masterKey));
    const lazy = new MasterKeyWrapper(load);
    expect(load).not.toHaveBeenCalled();

    await lazy.unwrap('anna', await lazy.wrap('anna', personKey));

    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('the master key', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'master-key-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('is made once in its file, readable by its owner only, and the same ever after', async () => {
    const file = join(dir, 'nested', 'person-key-master.key');

    const made = await loadMasterKey(undefined, file);
    const again = await loadMasterKey(undefined, file);

    expect(made).toHaveLength(32);
    expect(again).toEqual(made);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readFile(file, 'utf8')).trim()).toBe(made.toString('base64'));
  });

  it('comes from the setting when one is given, and no file is made', async () => {
    const setting = randomBytes(32);
    const file = join(dir, 'person-key-master.key');

    expect(await loadMasterKey(setting.toString('base64'), file)).toEqual(setting);
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses a setting that is not 32 bytes', async () => {
    await expect(loadMasterKey(randomBytes(16).toString('base64'), join(dir, 'k'))).rejects.toThrow(/32-byte/);
  });
});

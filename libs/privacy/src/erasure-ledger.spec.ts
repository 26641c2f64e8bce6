import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErasureLedger } from './erasure-ledger';

describe('the erasure ledger', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'erasure-ledger-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('lists nobody before anyone is forgotten, even without its folder', async () => {
    expect(await new ErasureLedger(join(dir, 'not-yet')).forgottenIds()).toEqual([]);
  });

  it('lists each forgotten id once, in the order first forgotten, across instances', async () => {
    await new ErasureLedger(dir).record('anna');
    await new ErasureLedger(dir).record('bram');
    await new ErasureLedger(dir).record('anna');

    expect(await new ErasureLedger(dir).forgottenIds()).toEqual(['anna', 'bram']);
  });

  it('skips a line torn by a crash mid-write and keeps the ones around it', async () => {
    const ledger = new ErasureLedger(dir);
    await ledger.record('anna');
    await appendFile(join(dir, 'forgotten.jsonl'), '{"personId":"br');
    await appendFile(join(dir, 'forgotten.jsonl'), '\n');
    await ledger.record('cees');

    expect(await ledger.forgottenIds()).toEqual(['anna', 'cees']);
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runVerifier } from './main';

describe('the standalone verifier', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'evidence-empty-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('answers 2 and its usage when no folder is named', async () => {
    const lines: string[] = [];
    expect(await runVerifier([], (line) => lines.push(line))).toBe(2);
    expect(lines).toEqual(['usage: verify-evidence DIR [--public-key FILE] [--tsa-certificate FILE]']);
  });

  it('answers 1 for a folder that holds no evidence, saying what is missing', async () => {
    const lines: string[] = [];
    expect(await runVerifier([dir], (line) => lines.push(line))).toBe(1);
    expect(lines).toContainEqual(expect.stringContaining('EVIDENCE DOES NOT HOLD'));
    expect(lines).toContainEqual(expect.stringContaining('No readable public key'));
  });
});

import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileNameOf, FolderCheckpointSink } from './checkpoint-sink';
import type { SignedCheckpoint } from './verify';

function signedAt(treeSize: number, signature = 'c2lnbmVk'): SignedCheckpoint {
  return {
    checkpoint: {
      version: 1,
      treeSize,
      rootHash: 'ab'.repeat(32),
      lastPosition: String(treeSize * 10),
      time: `2026-12-07T23:0${treeSize % 10}:00.000Z`,
    },
    signature,
  };
}

describe('a folder of signed checkpoints', () => {
  let folder: string;

  beforeEach(async () => {
    folder = join(await mkdtemp(join(tmpdir(), 'checkpoint-sink-')), 'checkpoints');
  });

  afterEach(async () => {
    await rm(join(folder, '..'), { recursive: true, force: true });
  });

  it('answers what was written, the largest tree last, and keeps no draft beside it', async () => {
    const sink = new FolderCheckpointSink(folder);
    expect(await sink.latest()).toBeNull();
    await sink.write(signedAt(12));
    await sink.write(signedAt(3));
    expect((await sink.all()).map((s) => s.checkpoint.treeSize)).toEqual([3, 12]);
    expect(await sink.latest()).toEqual(signedAt(12));
    expect(await readdir(folder)).toEqual([fileNameOf(signedAt(3)), fileNameOf(signedAt(12))]);
  });

  it('never replaces a checkpoint it holds', async () => {
    const sink = new FolderCheckpointSink(folder);
    await sink.write(signedAt(5));
    await expect(sink.write(signedAt(5, 'b3RoZXI='))).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await sink.latest()).toEqual(signedAt(5));
    expect(await readdir(folder)).toEqual([fileNameOf(signedAt(5))]);
  });

  it('writes over a torn draft a crash left, and never lists one', async () => {
    const sink = new FolderCheckpointSink(folder);
    await sink.write(signedAt(1));
    await writeFile(join(folder, `.draft-${fileNameOf(signedAt(2))}`), '{"checkpoint":{"tree');
    expect((await sink.all()).map((s) => s.checkpoint.treeSize)).toEqual([1]);
    await sink.write(signedAt(2));
    expect(JSON.parse(await readFile(join(folder, fileNameOf(signedAt(2))), 'utf8'))).toEqual(signedAt(2));
    expect(await readdir(folder)).toHaveLength(2);
  });
});

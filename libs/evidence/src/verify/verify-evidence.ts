import { createHash, createPublicKey, verify as verifySignature, X509Certificate, type KeyObject } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  checkpointBytes,
  eventLeafHash,
  EXPORT_FILES,
  type Checkpoint,
  type EvidenceEvent,
  type InclusionProofRecord,
  type SignedCheckpoint,
} from './evidence-format';
import { leafHash, MerkleFrontier, verifyInclusion } from './merkle';
import { verifyTimestampToken } from './timestamp-token';

/** What the verifier found. `problems` is empty exactly when the export holds. */
export interface EvidenceReport {
  readonly problems: readonly string[];
  readonly events: number;
  /** Checkpoints whose signature holds. */
  readonly checkpoints: number;
  /** The newest of them, the one that vouches for the most events. */
  readonly lastCheckpoint: Checkpoint | null;
  /** SHA-256 of the public key (SPKI DER), hex: compare it with the one published out of band. */
  readonly keyFingerprint: string;
  readonly proofsChecked: number;
  /** RFC 3161 timestamps that hold, and the SHA-256 fingerprints of the authorities' certificates. */
  readonly timestamps: { readonly checked: number; readonly authorities: readonly string[] };
}

export interface VerifyEvidenceOptions {
  /** The public key as the evaluator obtained it elsewhere (PEM); the export's own must equal it. */
  readonly trustedPublicKey?: string;
  /**
   * The timestamp authority's certificate as the evaluator obtained it elsewhere (PEM): every
   * checkpoint must then carry a token signed by it (or by a certificate it issued).
   */
  readonly trustedTimestampAuthority?: string;
}

/** More lines would bury the first ones, which say where things went wrong. */
const MOST_PROBLEMS = 50;

/**
 * Checks an evidence export without a database and without trusting who made it: every
 * checkpoint's signature, that the events in the file rebuild exactly each checkpoint's tree
 * (so no event was added, removed, moved, edited or backdated within it), that positions only
 * grow and each stream's revisions follow each other, and every inclusion proof.
 */
export async function verifyEvidence(dir: string, options: VerifyEvidenceOptions = {}): Promise<EvidenceReport> {
  const problems = new ProblemList();
  const key = await readPublicKey(dir, options, problems);
  const signed = key ? await readCheckpoints(dir, key.key, problems) : [];
  const checkpoints = signed.map((s) => s.checkpoint);
  const timestamps = checkTimestamps(signed, options, problems);
  if (checkpoints.length === 0) problems.add('No checkpoint with a valid signature: nothing vouches for these events.');
  const proofs = await readProofs(dir, problems);
  const walk = await walkEvents(dir, checkpoints, new Set(proofs.map((p) => p.leafIndex)), problems);
  for (const late of checkpoints.filter((c) => c.treeSize > walk.events)) {
    problems.add(
      `The checkpoint of ${late.time} vouches for ${late.treeSize} events, but the export holds only ${walk.events}: events were removed.`,
    );
  }
  const proofsChecked = checkProofs(proofs, walk.leaves, checkpoints, problems);
  return {
    problems: problems.list(),
    events: walk.events,
    checkpoints: checkpoints.length,
    lastCheckpoint: checkpoints.at(-1) ?? null,
    keyFingerprint: key?.fingerprint ?? '',
    proofsChecked,
    timestamps,
  };
}

class ProblemList {
  private readonly problems: string[] = [];
  private more = 0;

  add(problem: string): void {
    if (this.problems.length < MOST_PROBLEMS) this.problems.push(problem);
    else this.more += 1;
  }

  list(): string[] {
    return this.more === 0 ? [...this.problems] : [...this.problems, `… and ${this.more} more problems.`];
  }
}

async function readPublicKey(
  dir: string,
  options: VerifyEvidenceOptions,
  problems: ProblemList,
): Promise<{ key: KeyObject; fingerprint: string } | null> {
  try {
    const key = createPublicKey(await readFile(join(dir, EXPORT_FILES.publicKey), 'utf8'));
    const fingerprint = fingerprintOf(key);
    if (
      options.trustedPublicKey !== undefined &&
      fingerprintOf(createPublicKey(options.trustedPublicKey)) !== fingerprint
    ) {
      problems.add('The export is signed with another key than the one you trust.');
      return null;
    }
    return { key, fingerprint };
  } catch (error) {
    problems.add(`No readable public key in ${EXPORT_FILES.publicKey}: ${(error as Error).message}`);
    return null;
  }
}

function fingerprintOf(key: KeyObject): string {
  return createHash('sha256')
    .update(key.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

/** The checkpoints whose signatures hold, by tree size; the others are reported. */
async function readCheckpoints(dir: string, key: KeyObject, problems: ProblemList): Promise<SignedCheckpoint[]> {
  const folder = join(dir, EXPORT_FILES.checkpoints);
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => name.endsWith('.json')).sort();
  const valid: SignedCheckpoint[] = [];
  for (const name of names) {
    try {
      const signed = JSON.parse(await readFile(join(folder, name), 'utf8')) as SignedCheckpoint;
      const signature = Buffer.from(signed.signature, 'base64');
      if (!verifySignature(null, checkpointBytes(signed.checkpoint), key, signature)) {
        problems.add(`Checkpoint ${name}: its signature does not hold; it was changed or signed by another key.`);
      } else {
        valid.push(signed);
      }
    } catch (error) {
      problems.add(`Checkpoint ${name} cannot be read: ${(error as Error).message}`);
    }
  }
  valid.sort(
    (a, b) => a.checkpoint.treeSize - b.checkpoint.treeSize || (a.checkpoint.time < b.checkpoint.time ? -1 : 1),
  );
  for (let i = 1; i < valid.length; i += 1) {
    const [before, after] = [(valid[i - 1] as SignedCheckpoint).checkpoint, (valid[i] as SignedCheckpoint).checkpoint];
    if (after.time < before.time) {
      problems.add(
        `The checkpoint of ${after.time} covers more events than the later one of ${before.time}: the record went back.`,
      );
    }
    if (after.treeSize === before.treeSize && after.rootHash !== before.rootHash) {
      problems.add(
        `Two checkpoints of ${after.treeSize} events disagree on the root: the record was rewritten between them.`,
      );
    }
  }
  return valid;
}

/**
 * Each checkpoint's RFC 3161 token: its imprint is the hash of the checkpoint's signed bytes and
 * the authority's signature over it holds. A checkpoint without one is reported once timestamps
 * began (or always, when the evaluator names the authority they trust).
 */
function checkTimestamps(
  signed: readonly SignedCheckpoint[],
  options: VerifyEvidenceOptions,
  problems: ProblemList,
): EvidenceReport['timestamps'] {
  const trusted =
    options.trustedTimestampAuthority === undefined
      ? undefined
      : new X509Certificate(options.trustedTimestampAuthority);
  const authorities = new Set<string>();
  let checked = 0;
  let begun = trusted !== undefined;
  for (const { checkpoint, timestampToken } of signed) {
    if (timestampToken === undefined) {
      if (begun)
        problems.add(`The checkpoint of ${checkpoint.time} carries no timestamp from the timestamp authority.`);
      continue;
    }
    begun = true;
    try {
      const facts = verifyTimestampToken(Buffer.from(timestampToken, 'base64'), checkpointBytes(checkpoint), trusted);
      authorities.add(facts.certificate.fingerprint256);
      checked += 1;
    } catch (error) {
      problems.add(`The timestamp of the checkpoint of ${checkpoint.time} does not hold: ${(error as Error).message}.`);
    }
  }
  return { checked, authorities: [...authorities] };
}

interface Walk {
  readonly events: number;
  /** The leaf hashes the inclusion proofs need, by index. */
  readonly leaves: ReadonlyMap<number, Buffer>;
}

/** Rebuilds the tree from the events, comparing its root with each checkpoint on the way. */
async function walkEvents(
  dir: string,
  checkpoints: readonly Checkpoint[],
  proven: ReadonlySet<number>,
  problems: ProblemList,
): Promise<Walk> {
  const frontier = new MerkleFrontier();
  const leaves = new Map<number, Buffer>();
  const nextRevision = new Map<string, number>();
  let previous: bigint | null = null;
  let pending = 0;
  // No checkpoint is signed over an empty tree; one that says so vouches for nothing to check.
  for (; pending < checkpoints.length && (checkpoints[pending] as Checkpoint).treeSize === 0; pending += 1);
  let lastMatching: Checkpoint | null = null;
  let mismatched = 0;
  try {
    for await (const lines of linesOf(join(dir, EXPORT_FILES.events))) {
      for (const line of lines) {
        if (line.length === 0) continue;
        const index = frontier.size;
        const event = JSON.parse(line.toString('utf8')) as EvidenceEvent & { v?: number };
        // The line is the leaf's bytes (`leafBytes`), hashed as read. An export made before lines
        // carried the rule's version `v` wrote the event in any order: its canonical form is rebuilt.
        const leaf = event.v === undefined ? eventLeafHash(event) : leafHash(line);
        const position = BigInt(event.position);
        if (previous !== null && position <= previous) {
          problems.add(
            `Event ${index + 1} (${event.streamId} #${event.revision}) at position ${position} does not come after ${previous}: the order changed.`,
          );
        }
        const expected = nextRevision.get(event.streamId) ?? 0;
        if (event.revision !== expected) {
          problems.add(
            `Stream ${event.streamId}: revision ${event.revision} where ${expected} was due: an event is missing or moved.`,
          );
        }
        nextRevision.set(event.streamId, event.revision + 1);
        previous = position;
        if (proven.has(index)) leaves.set(index, leaf);
        frontier.push(leaf);
        for (
          ;
          pending < checkpoints.length && (checkpoints[pending] as Checkpoint).treeSize === frontier.size;
          pending += 1
        ) {
          const checkpoint = checkpoints[pending] as Checkpoint;
          if (
            compare(
              checkpoint,
              frontier.root().toString('hex'),
              event.position,
              lastMatching,
              mismatched === 0,
              problems,
            )
          ) {
            lastMatching = checkpoint;
          } else {
            mismatched += 1;
          }
        }
      }
    }
  } catch (error) {
    problems.add(`The events cannot be read: ${(error as Error).message}`);
  }
  if (mismatched > 1) problems.add(`${mismatched - 1} later checkpoints do not match either.`);
  return { events: frontier.size, leaves };
}

/**
 * The file's lines as bytes, a chunk's worth at a time: splitting large chunks by hand costs far
 * less than a string and an event per line (`node:readline`), and the hash wants the bytes. Only
 * a line cut by a chunk's end is copied.
 */
async function* linesOf(path: string): AsyncGenerator<Buffer[]> {
  let cut: Buffer | null = null;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const lines: Buffer[] = [];
    let start = 0;
    for (let end = chunk.indexOf(0x0a); end >= 0; end = chunk.indexOf(0x0a, start)) {
      lines.push(cut ? Buffer.concat([cut, chunk.subarray(start, end)]) : chunk.subarray(start, end));
      cut = null;
      start = end + 1;
    }
    cut = cut ? Buffer.concat([cut, chunk.subarray(start)]) : chunk.subarray(start);
    yield lines;
  }
  if (cut && cut.length > 0) yield [cut];
}

function compare(
  checkpoint: Checkpoint,
  root: string,
  lastPosition: string | null,
  lastMatching: Checkpoint | null,
  first: boolean,
  problems: ProblemList,
): boolean {
  if (root === checkpoint.rootHash && lastPosition === checkpoint.lastPosition) return true;
  if (!first) return false;
  const since = lastMatching
    ? `the last checkpoint that still matches, of ${lastMatching.time}, vouches for the first ${lastMatching.treeSize}, so the change lies after event ${lastMatching.treeSize}`
    : 'no earlier checkpoint matches, so the change may lie anywhere before it';
  problems.add(
    `The first ${checkpoint.treeSize} events do not give the root signed in the checkpoint of ${checkpoint.time}: events were added, removed, moved or changed (${since}).`,
  );
  return false;
}

async function readProofs(dir: string, problems: ProblemList): Promise<InclusionProofRecord[]> {
  let text: string;
  try {
    text = await readFile(join(dir, EXPORT_FILES.proofs), 'utf8');
  } catch {
    return [];
  }
  try {
    return text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as InclusionProofRecord);
  } catch (error) {
    problems.add(`The proofs cannot be read: ${(error as Error).message}`);
    return [];
  }
}

function checkProofs(
  proofs: readonly InclusionProofRecord[],
  leaves: ReadonlyMap<number, Buffer>,
  checkpoints: readonly Checkpoint[],
  problems: ProblemList,
): number {
  for (const proof of proofs) {
    const checkpoint = checkpoints.find((c) => c.treeSize === proof.treeSize);
    const leaf = leaves.get(proof.leafIndex);
    const root = checkpoint ? Buffer.from(checkpoint.rootHash, 'hex') : undefined;
    const path = proof.path.map((hash) => Buffer.from(hash, 'hex'));
    if (!leaf || !root || !verifyInclusion(proof.leafIndex, proof.treeSize, leaf, path, root)) {
      problems.add(
        `The proof that ${proof.streamId} #${proof.revision} is in the checkpoint of ${proof.treeSize} events does not hold.`,
      );
    }
  }
  return proofs.length;
}

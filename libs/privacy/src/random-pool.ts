import { randomBytes, randomFillSync } from 'node:crypto';

/** Fetched from the CSPRNG at once: a new person costs three draws (key, wrap IV, seal IV). */
const POOL_BYTES = 4096;

let pool = Buffer.alloc(0);
let offset = 0;

/**
 * Random bytes from the operating system's CSPRNG, fetched 4 KiB at a time. `randomBytes` makes
 * a system call per draw, and each new person's key and each IV was one: about 30 µs on the
 * bench's virtual machine, 4% of the API's main thread during P2 (issue #16). The bytes are the
 * same generator's output; each is handed out once and wiped from the pool as it is, so the pool
 * never holds a key that is in use.
 */
export function randomBytesFromPool(size: number): Buffer {
  if (size > POOL_BYTES) return randomBytes(size);
  if (offset + size > pool.length) {
    if (pool.length === 0) pool = Buffer.alloc(POOL_BYTES);
    randomFillSync(pool);
    offset = 0;
  }
  const drawn = Buffer.alloc(size);
  pool.copy(drawn, 0, offset, offset + size);
  pool.fill(0, offset, offset + size);
  offset += size;
  return drawn;
}

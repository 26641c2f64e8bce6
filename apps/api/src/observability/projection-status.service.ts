import { Inject, Injectable } from '@nestjs/common';
import { READ_MODEL_PROJECTIONS, readProjectionStatus, type ProjectionStatus } from '#projections';
import type { Storage } from '#runtime';
import { STORAGE } from '../storage.tokens';

/** Probes and scrapes that arrive within this time share one reading. */
const FRESH_MS = 1_000;

/**
 * How far the read models are behind the store, read at most about once a second however
 * many probes and scrapes ask, so watching the service never becomes its load.
 */
@Injectable()
export class ProjectionStatusService {
  private reading: { readonly at: number; readonly status: Promise<ProjectionStatus> } | null = null;

  constructor(@Inject(STORAGE) private readonly storage: Storage) {}

  current(): Promise<ProjectionStatus> {
    const now = Date.now();
    if (this.reading && now - this.reading.at < FRESH_MS) return this.reading.status;
    const status = readProjectionStatus(
      // Sealed: counting events needs no personal data opened.
      this.storage.sealedEventStore,
      this.storage.database,
      READ_MODEL_PROJECTIONS.map((p) => p.name),
    );
    this.reading = { at: now, status };
    // A failed reading is not kept: the next probe tries again.
    status.catch(() => {
      if (this.reading?.status === status) this.reading = null;
    });
    return status;
  }
}

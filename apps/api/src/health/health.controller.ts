import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator';
import { STORAGE } from '../storage.tokens';
import type { Storage } from '#runtime';

type ComponentStatus = 'up' | 'down';

export interface HealthReport {
  status: ComponentStatus;
  checks: {
    eventStore: { status: ComponentStatus; adapter: string; error?: string };
    database: { status: ComponentStatus; embedded: boolean; error?: string };
  };
}

const CHECK_TIMEOUT_MS = 2_000;

// Operational, outside /api/v1: not part of the API's contract or its document.
@ApiExcludeController()
@Public()
@Controller('health')
export class HealthController {
  constructor(@Inject(STORAGE) private readonly storage: Storage) {}

  /** 200 when the event store and the database answer, 503 with the failing part otherwise. */
  @Get()
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const [eventStore, database] = await Promise.all([
      probe(() => this.storage.eventStore.ping()),
      probe(async () => {
        await this.storage.database.query('SELECT 1');
      }),
    ]);
    const status = eventStore.status === 'up' && database.status === 'up' ? 'up' : 'down';
    response.status(status === 'up' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status,
      checks: {
        eventStore: { ...eventStore, adapter: this.storage.eventStoreAdapter },
        database: { ...database, embedded: this.storage.embedded },
      },
    };
  }
}

async function probe(check: () => Promise<void>): Promise<{ status: ComponentStatus; error?: string }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return { status: 'up' };
  } catch (error) {
    // Only the kind of failure: driver messages can carry host names and user names.
    return { status: 'down', error: error instanceof Error ? error.name : 'unknown error' };
  } finally {
    clearTimeout(timer);
  }
}

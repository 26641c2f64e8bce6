import { Controller, Get, Header, HttpStatus, Inject, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import {
  HealthCheckService,
  HealthIndicatorService,
  type HealthCheckResult,
  type HealthIndicatorResult,
} from '@nestjs/terminus';
import type { Response } from 'express';
import type { Logger } from 'pino';
import type { ObservabilityConfig } from '#config';
import type { Storage } from '#runtime';
import { Public } from '../auth/public.decorator';
import { LOGGER } from '../read-models/read-model.tokens';
import { STORAGE } from '../storage.tokens';
import { OBSERVABILITY_CONFIG } from './observability.tokens';
import { ProjectionStatusService } from './projection-status.service';
import { ShutdownState } from './shutdown-state';

type ComponentStatus = 'up' | 'down';
type Probed = { status: ComponentStatus; error?: string };

/** What `GET /health` answers: the original check, kept for the scripts that use it. */
export interface HealthReport {
  status: ComponentStatus;
  checks: {
    eventStore: Probed & { adapter: string };
    database: Probed & { embedded: boolean };
  };
}

const CHECK_TIMEOUT_MS = 2_000;

/**
 * Health for scripts and orchestrators (Kubernetes, compose, a load balancer), outside
 * `/api/v1` and its OpenAPI document, without a token. Liveness asks nothing of the stores:
 * a lost database must not get the process restarted, only taken out of rotation.
 */
@ApiExcludeController()
@Public()
@Controller('health')
export class HealthController {
  private wasReady: boolean | null = null;

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly projections: ProjectionStatusService,
    private readonly shutdown: ShutdownState,
    @Inject(STORAGE) private readonly storage: Storage,
    @Inject(OBSERVABILITY_CONFIG) private readonly config: ObservabilityConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** 200 when the event store and the database answer, 503 with the failing part otherwise. */
  @Get()
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const [eventStore, database] = await Promise.all([this.probeEventStore(), this.probeDatabase()]);
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

  /** 200 as long as the process answers at all. */
  @Get('live')
  @Header('Cache-Control', 'no-store')
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  /**
   * 200 when the process may take traffic: not stopping, the event store and the database
   * answer, and no read model is more than `READINESS_MAX_PROJECTION_LAG` events behind.
   * 503 with the failing parts otherwise; it turns green again by itself.
   */
  @Get('ready')
  @Header('Cache-Control', 'no-store')
  async ready(@Res({ passthrough: true }) response: Response): Promise<HealthCheckResult> {
    try {
      const result = await this.health.check([
        () => this.stopping(),
        async () => this.indicator('eventStore', await this.probeEventStore()),
        async () => this.indicator('database', await this.probeDatabase()),
        () => this.projectionLag(),
      ]);
      this.report(true, result);
      return result;
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const result = error.getResponse() as HealthCheckResult;
      this.report(false, result);
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return result;
    }
  }

  private probeEventStore(): Promise<Probed> {
    return probe(() => this.storage.eventStore.ping());
  }

  private probeDatabase(): Promise<Probed> {
    return probe(() => this.storage.pingDatabase());
  }

  private indicator(key: string, { status, error }: Probed): HealthIndicatorResult {
    const check = this.indicators.check(key);
    return status === 'up' ? check.up() : check.down({ error });
  }

  private stopping(): HealthIndicatorResult {
    const check = this.indicators.check('shutdown');
    return this.shutdown.isStopping ? check.down({ message: 'stopping' }) : check.up();
  }

  private async projectionLag(): Promise<HealthIndicatorResult> {
    const max = this.config.readinessMaxProjectionLag;
    try {
      const status = await withTimeout(this.projections.current());
      const results = status.active.map((p) => {
        const check = this.indicators.check(`projection:${p.projection}`);
        const details = { lagEvents: p.lagEvents, maxLagEvents: max };
        return p.lagEvents > max ? check.down(details) : check.up(details);
      });
      return Object.assign({}, ...results) as HealthIndicatorResult;
    } catch (error) {
      return this.indicators.check('projections').down({ error: failureKind(error) });
    }
  }

  /** One log line when readiness changes, naming the parts that failed. */
  private report(ready: boolean, result: HealthCheckResult): void {
    if (this.wasReady === ready) return;
    const first = this.wasReady === null;
    this.wasReady = ready;
    if (ready && !first) this.logger.info('ready again');
    if (!ready) this.logger.warn({ failing: Object.keys(result.error ?? {}) }, 'not ready');
  }
}

/** Whether `check` succeeds within the time allowed, and if not, the kind of failure. */
async function probe(check: () => Promise<void>): Promise<Probed> {
  try {
    await withTimeout(check());
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: failureKind(error) };
  }
}

/** Only the kind of failure: driver messages can carry host names and user names. */
function failureKind(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown error';
}

async function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

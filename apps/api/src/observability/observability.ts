import type { DynamicModule, Provider, Type } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { DEFAULT_OBSERVABILITY, type ObservabilityConfig } from '#config';
import { HealthController } from './health.controller';
import { Metrics } from './metrics';
import { MetricsController } from './metrics.controller';
import { registerNotificationMetrics } from './notification-metrics';
import { OBSERVABILITY_CONFIG } from './observability.tokens';
import { registerProjectionMetrics } from './projection-metrics';
import { ProjectionStatusService } from './projection-status.service';
import { ShutdownState } from './shutdown-state';
import { STORAGE } from '../storage.tokens';
import type { Storage } from '#runtime';

/**
 * Health checks, Prometheus metrics and what they read, as parts of the application module
 * (they need its storage and logger). `metrics` is the registry the request middleware and
 * the timed event store count into, made before Nest starts.
 */
export function observabilityParts(
  metrics: Metrics,
  config: ObservabilityConfig = DEFAULT_OBSERVABILITY,
): { imports: DynamicModule[]; controllers: Type[]; providers: Provider[] } {
  return {
    // Terminus would log failing checks with their raw details; readiness logs its own line.
    imports: [TerminusModule.forRoot({ logger: false })],
    controllers: [HealthController, MetricsController],
    providers: [
      { provide: Metrics, useValue: metrics },
      { provide: OBSERVABILITY_CONFIG, useValue: config },
      ProjectionStatusService,
      ShutdownState,
      {
        provide: PROJECTION_METRICS,
        useFactory: (status: ProjectionStatusService) => registerProjectionMetrics(metrics, () => status.current()),
        inject: [ProjectionStatusService],
      },
      {
        provide: NOTIFICATION_METRICS,
        useFactory: (storage: Storage) => registerNotificationMetrics(metrics, storage),
        inject: [STORAGE],
      },
    ],
  };
}

const PROJECTION_METRICS = Symbol('ProjectionMetrics');
const NOTIFICATION_METRICS = Symbol('NotificationMetrics');

import type { DynamicModule, Provider, Type } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { DEFAULT_OBSERVABILITY, type ObservabilityConfig } from '#config';
import { HealthController } from './health.controller';
import { Metrics } from './metrics';
import { MetricsController } from './metrics.controller';
import { OBSERVABILITY_CONFIG } from './observability.tokens';
import { registerProjectionMetrics } from './projection-metrics';
import { ProjectionStatusService } from './projection-status.service';
import { ShutdownState } from './shutdown-state';

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
    ],
  };
}

const PROJECTION_METRICS = Symbol('ProjectionMetrics');

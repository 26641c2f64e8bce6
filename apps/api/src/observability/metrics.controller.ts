import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Header, Inject, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { ObservabilityConfig } from '#config';
import { Public } from '../auth/public.decorator';
import { Metrics } from './metrics';
import { OBSERVABILITY_CONFIG } from './observability.tokens';

/**
 * Prometheus text format. No user token: Prometheus has none. With `METRICS_TOKEN` set, only
 * `Authorization: Bearer <METRICS_TOKEN>` is answered; without it the endpoint is open and
 * must be kept off the public address by the reverse proxy (docs/operations.md).
 */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    @Inject(OBSERVABILITY_CONFIG) private readonly config: ObservabilityConfig,
  ) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  async scrape(@Req() request: Request, @Res() response: Response): Promise<void> {
    if (this.config.metricsToken !== undefined && !bearerMatches(request, this.config.metricsToken)) {
      response.status(401).setHeader('WWW-Authenticate', 'Bearer realm="metrics"').end();
      return;
    }
    const body = await this.metrics.registry.metrics();
    response.status(200).type(this.metrics.registry.contentType).send(body);
  }
}

function bearerMatches(request: Request, token: string): boolean {
  const match = /^Bearer (\S+)$/.exec(request.header('authorization') ?? '');
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

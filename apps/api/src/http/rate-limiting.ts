import type { DynamicModule, Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import type { HttpConfig } from '#config';
import { RateLimitGuard } from './rate-limit.guard';
import { SlidingWindowStorage } from './sliding-window-storage';

/**
 * The throttler's module and its guard. The guard is the first of the app's guards, so a
 * caller over budget gets 429 (problem+json, `Retry-After` in seconds) before any other work.
 */
export function rateLimiting({ rateLimit }: HttpConfig): { module: DynamicModule; guard: Provider } {
  return {
    module: ThrottlerModule.forRoot({
      throttlers: [{ ttl: rateLimit.windowSeconds * 1_000, limit: rateLimit.max }],
      // The package's own storage, with its hits kept as a queue instead of filtered per request.
      storage: new SlidingWindowStorage(),
      errorMessage: `Too many requests: at most ${rateLimit.max} every ${rateLimit.windowSeconds} s. Try again after the time in Retry-After.`,
    }),
    guard: { provide: APP_GUARD, useClass: RateLimitGuard },
  };
}

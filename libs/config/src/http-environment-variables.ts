import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

/** One origin (`https://portal.example.nl` or `http://localhost:8080`): scheme, host, port; no path. */
const ORIGIN = String.raw`https?://[A-Za-z0-9.-]+(:\d{1,5})?`;

/** The variables that shape the HTTP edge: cross-origin access, rate limits, proxies. */
export class HttpEnvironmentVariables {
  @IsOptional()
  @Matches(new RegExp(`^${ORIGIN}(\\s*,\\s*${ORIGIN})*$`), {
    message:
      'CORS_ORIGINS must be a comma-separated list of origins such as https://portal.example.nl (no paths, no *)',
  })
  CORS_ORIGINS?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'RATE_LIMIT_MAX must be a whole number' })
  @Min(1)
  RATE_LIMIT_MAX?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'RATE_LIMIT_TTL must be a whole number' })
  @Min(1)
  @Max(86_400)
  RATE_LIMIT_TTL?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'TRUST_PROXY must be a whole number of proxy hops' })
  @Min(0)
  @Max(10)
  TRUST_PROXY?: number;
}

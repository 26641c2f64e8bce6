import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '#config';
import { createLogger, createTokenVerifier, openStorage } from '#runtime';
import { createApp } from '../../../api/src/create-app';

/** A service this process started, and how to stop it (requests first, then the database). */
export interface StartedService {
  readonly url: string;
  readonly app: INestApplication;
  close(): Promise<void>;
}

/**
 * Starts the service in this process as `npm start` would (the embedded PostgreSQL in
 * `DATA_DIR` unless `DATABASE_URL` is set), logging only warnings so the demo's own output
 * stays readable.
 */
export async function startService(config: AppConfig): Promise<StartedService> {
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const storage = await openStorage(config, logger);
  try {
    const verifier = await createTokenVerifier(config);
    const app = await createApp({ storage, verifier, role: 'api' }, logger, false);
    await app.listen(config.port);
    return {
      url: `http://localhost:${config.port}`,
      app,
      close: async () => {
        await app.close();
        await storage.close();
      },
    };
  } catch (error) {
    await storage.close();
    throw error;
  }
}

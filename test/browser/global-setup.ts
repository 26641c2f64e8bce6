import startPostgres from '../global-setup';
import { ensureChromium } from './support/chromium';

/** The browser tier's setup: Chromium, then the PostgreSQL every tier but unit shares. */
export default async function globalSetup(): Promise<void> {
  // Once, before the workers start: browser suites running side by side would race for apt's lock.
  if (process.getuid?.() === 0) ensureChromium();
  await startPostgres();
}

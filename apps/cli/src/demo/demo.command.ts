import type { Command } from 'commander';
import { issueLocalToken, loadOrCreateSigningKey } from '#auth';
import { loadConfig } from '#config';
import { startService, type StartedService } from './start-service';
import { isAnswering } from './is-answering';
import { demoSummary } from './demo-summary';
import { loadScenario, type DemoTarget } from './load-scenario';
import { defaultStart, demoScenario, scenarioCalendar, type DemoActor } from './scenario';

interface DemoOptions {
  url?: string;
  token?: string;
  start?: string;
  exit?: boolean;
}

/**
 * `npm run demo`: loads the IJmond scenario through the command API. When nothing answers on
 * PORT it starts the service itself (the embedded default) and keeps it running afterwards,
 * so a fresh clone shows a living system in one command.
 */
export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('load a realistic scenario (the IJmond pilot) through the command API')
    .option('--url <url>', 'the API to load into (default: http://localhost:$PORT, started here if nothing answers)')
    .option('--token <jwt>', "an admin token for GM0375, GM0396 and GM0453, when the API does not take this machine's")
    .option('--start <date>', 'the scenario’s first day, YYYY-MM-DD (default: 600 days ago, so the pilot runs today)')
    .option('--exit', 'stop a service this command started once the scenario is loaded')
    .action(async (options: DemoOptions) => {
      const config = loadConfig(process.env);
      const calendar = scenarioCalendar(options.start ?? defaultStart(new Date()));
      let url = (options.url ?? `http://localhost:${config.port}`).replace(/\/+$/, '');
      let started: StartedService | undefined;
      if (!(await isAnswering(url))) {
        if (options.url) throw new Error(`Nothing answers at ${url}.`);
        process.stderr.write(`Nothing answers on port ${config.port}: starting the service here…\n`);
        started = await startService(config);
        url = started.url;
      }
      try {
        const target = await targetOf(url, options.token, config);
        const steps = demoScenario(calendar);
        const result = await loadScenario(target, steps, (done, step) => {
          if (done % 25 === 0 || done === steps.length) {
            process.stderr.write(`  ${done}/${steps.length} ${step.operationId}\n`);
          }
        });
        await waitForReadModels(url, result.lastPosition);
        process.stdout.write(`${demoSummary(url, calendar, result)}\n`);
      } catch (error) {
        await started?.close();
        throw error;
      }
      if (!started) return;
      if (options.exit) return started.close();
      process.stdout.write(`\nThe service keeps running on ${url}; Ctrl-C stops it.\n`);
      const service = started;
      await new Promise<void>((resolve) => {
        for (const signal of ['SIGINT', 'SIGTERM'] as const) {
          process.once(signal, () => void service.close().then(resolve));
        }
      });
    });
}

/** One token for every step, or one per actor signed with the embedded default's key. */
async function targetOf(
  url: string,
  token: string | undefined,
  config: ReturnType<typeof loadConfig>,
): Promise<DemoTarget> {
  if (token) return { url, tokenFor: () => Promise.resolve(token) };
  if (config.jwks) {
    throw new Error('JWT_JWKS_URL is set: pass --token with an admin token from your identity provider.');
  }
  const key = await loadOrCreateSigningKey(config.dataDir);
  const tokens = new Map<string, Promise<string>>();
  return {
    url,
    tokenFor: (actor: DemoActor) => {
      const known = tokens.get(actor.sub);
      if (known) return known;
      const issued = issueLocalToken(key, {
        id: actor.sub,
        roles: [actor.role],
        municipalities: [...actor.municipalities],
      });
      tokens.set(actor.sub, issued);
      return issued;
    },
  };
}

/** The summary points at queries: answer only once the read models show everything loaded. */
async function waitForReadModels(url: string, position: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${url}/api/v1/advice-trajectories?limit=1&minPosition=${position}`);
    if (response.ok) return;
    if (response.status !== 503) throw new Error(`The advice register answered ${response.status}.`);
  }
  throw new Error('The read models did not catch up within a minute.');
}

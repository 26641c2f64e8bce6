import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface TestAccountClaims {
  readonly roles?: readonly string[];
  readonly municipalities?: readonly string[];
  readonly realm_access?: { readonly roles: readonly string[] };
}

export interface TestProviderSettings {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUri: string;
  readonly postLogoutRedirectUri: string;
  /** By login name (which is also the `sub`). */
  readonly accounts: Readonly<Record<string, TestAccountClaims>>;
}

export interface TestProvider {
  readonly issuer: string;
  stop(): Promise<void>;
}

/** Starts `oidc-provider` on a free loopback port, in a child process (it is ESM only). */
export function startTestProvider(settings: TestProviderSettings): Promise<TestProvider> {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(__dirname, 'oidc-provider-server.mjs'), JSON.stringify(settings)],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve, reject) => {
    let output = '';
    child.once('exit', (code) => reject(new Error(`oidc-provider exited (${code}): ${errors}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('{'));
      if (!line) return;
      const { issuer } = JSON.parse(line) as { issuer: string };
      child.removeAllListeners('exit');
      resolve({
        issuer,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

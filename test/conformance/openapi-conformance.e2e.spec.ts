import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';

const ROOT = join(__dirname, '..', '..');
const SPECTRAL = join(ROOT, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');
const RULESET = join(__dirname, 'nlgov-adr-ruleset.yaml');
const OUTPUT = join(ROOT, 'test-output');

interface SpectralResult {
  code: string;
  message: string;
  path: string[];
  severity: number;
}

/** Spectral severities: 0 error, 1 warning, 2 information, 3 hint. */
const ERROR = 0;

describe('the served OpenAPI document', () => {
  let api: TestApp;
  let results: SpectralResult[];
  let document: { paths: Record<string, Record<string, { operationId?: string }>> };

  beforeAll(async () => {
    api = await startTestApp();
    const response = await request(api.http).get('/api/v1/openapi.json').expect(200);
    document = response.body as typeof document;
    await mkdir(OUTPUT, { recursive: true });
    const file = join(OUTPUT, 'openapi.json');
    await writeFile(file, JSON.stringify(document, null, 2));
    const run = promisify(execFile);
    const { stdout } = await run(
      process.execPath,
      [SPECTRAL, 'lint', '--ruleset', RULESET, '--format', 'json', '--quiet', '--fail-severity', 'hint', file],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    results = JSON.parse(stdout || '[]') as SpectralResult[];
    const warnings = results.filter((r) => r.severity !== ERROR);
    if (warnings.length > 0) {
      process.stderr.write(
        `NL GOV ADR warnings (${warnings.length}):\n${warnings.map((w) => `  ${w.code} at ${w.path.join('.')}: ${w.message}`).join('\n')}\n`,
      );
    }
  }, 120_000);
  afterAll(() => api.close());

  it('passes the NL GOV API Design Rules with zero errors', () => {
    const errors = results
      .filter((r) => r.severity === ERROR)
      .map((r) => `${r.code} at ${r.path.join('.')}: ${r.message}`);
    expect(errors).toEqual([]);
  });

  it('names every operation by a unique operationId', () => {
    const ids = Object.values(document.paths).flatMap((methods) => Object.values(methods).map((op) => op.operationId));
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

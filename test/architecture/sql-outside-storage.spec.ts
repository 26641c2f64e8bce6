import { join } from 'node:path';
import { filesThatMustNotWriteSql, findSql, type SqlFinding } from './sql-outside-storage';

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(__dirname, 'fixtures');

const sqlUnder = (root: string): string[] =>
  filesThatMustNotWriteSql(root)
    .flatMap((file) => findSql(root, file))
    .map(({ file, line, shape }: SqlFinding) => `${file}:${line} ${shape}`);

describe('SQL outside the storage rooms', () => {
  it('is found in strings and templates of apps and the other libs, in each shape we write it', () => {
    expect(sqlUnder(FIXTURES)).toEqual([
      'apps/api/src/read-models/breach-sql-filters-by-json-field.ts:1 JSON field operator',
      'apps/cli/src/breach-sql-counts-events.ts:1 SELECT',
      'libs/application/src/breach-sql-reads-the-snapshot.ts:1 PostgreSQL catalog or function',
    ]);
  });

  it('is not seen in prose, comments or the storage rooms', () => {
    const scanned = filesThatMustNotWriteSql(FIXTURES);
    expect(scanned).toContain('apps/api/src/web/messages.ts');
    expect(scanned).not.toContain('libs/projections/src/index.ts');
    expect(findSql(FIXTURES, 'apps/api/src/web/messages.ts')).toEqual([]);
  });

  it('is written nowhere in this repository: queries live beside their read model', () => {
    expect(sqlUnder(ROOT)).toEqual([]);
  });
});

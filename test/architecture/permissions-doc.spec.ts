import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { allPermissions, mayRun, ROLES } from '#application';

const DOC = join(__dirname, '..', '..', 'docs', 'api.md');
const COLUMNS = [
  'admin',
  'secretary',
  'body-member',
  'official',
  'evaluator',
  'council-member',
  'dispute-committee',
  'data-protection-officer',
] as const;

describe('the documented role table', () => {
  it('says exactly what the code decides, for every command and role', async () => {
    const text = await readFile(DOC, 'utf8');
    const table = text.split('<!-- permissions:start -->')[1]?.split('<!-- permissions:end -->')[0] ?? '';
    const documented = table
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| command') && !line.startsWith('| ---'))
      .map((line) => line.split('|').map((cell) => cell.trim()));
    const fromCode = allPermissions().map((permission) => [
      '',
      permission,
      ...COLUMNS.map((role) => (mayRun([role], permission) ? '✓' : '')),
      '',
    ]);
    expect(new Set(COLUMNS)).toEqual(new Set(ROLES));
    expect(documented).toEqual(fromCode);
  });
});

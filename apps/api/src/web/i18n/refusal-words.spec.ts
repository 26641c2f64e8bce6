import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nl } from './messages.nl';

const DOMAIN = join(__dirname, '..', '..', '..', '..', '..', 'libs', 'domain', 'src');

/** Every refusal code the domain can give: its quoted `AREA.WHAT` strings outside the tests. */
function domainRefusalCodes(): string[] {
  const files = readdirSync(DOMAIN, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'),
  );
  const codes = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(join(DOMAIN, file), 'utf8').matchAll(/'([A-Z][A-Z_]*\.[A-Z][A-Z_]*)'/g)) {
      codes.add(match[1]!);
    }
  }
  return [...codes].sort();
}

describe("the domain's refusals on a page", () => {
  const codes = domainRefusalCodes();

  it('finds the refusal codes in the domain', () => {
    expect(codes).toEqual(expect.arrayContaining(['PERSON.SECOND_ADMIN_REQUIRED', 'SIGNAL.SUMMARY_MISSING']));
  });

  // Without its own words a refusal shows only "Dit kan niet worden vastgelegd." beside the form.
  it('has Dutch words for every refusal the domain can give', () => {
    expect(codes.filter((code) => !(code in nl.refusals))).toEqual([]);
  });
});

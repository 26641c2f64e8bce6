import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** The rooms that may write SQL (issue #16), and the test tooling that starts databases. */
const MAY_WRITE_SQL =
  /^libs\/(event-store|projections|privacy|migrations|runtime|evidence|notifications|documents|sessions|testing|embedded-postgres)(\/|$)/;

/**
 * What SQL looks like in this code base: upper-case keywords and PostgreSQL's own operators.
 * Only string and template literals are read, so comments and page text never count; the
 * keywords are upper case because the pages' Dutch and English prose says "select" and
 * "update" in lower case.
 */
const SQL_SHAPES: readonly { name: string; shape: RegExp }[] = [
  { name: 'JSON field operator', shape: /->>|#>>|\w->'/ },
  { name: 'SELECT', shape: /\bSELECT\s+(DISTINCT\s+)?[\w*"(]/ },
  { name: 'INSERT INTO', shape: /\bINSERT\s+INTO\b/ },
  { name: 'UPDATE … SET', shape: /\bUPDATE\s+[\w."]+\s+SET\b/ },
  { name: 'DELETE FROM', shape: /\bDELETE\s+FROM\b/ },
  { name: 'DDL', shape: /\b(CREATE|ALTER|DROP|TRUNCATE)\s+(TABLE|INDEX|SCHEMA|VIEW|SEQUENCE|FUNCTION|TRIGGER)\b/ },
  { name: 'PostgreSQL catalog or function', shape: /\bpg_[a-z_]+/ },
  { name: 'PostgreSQL cast', shape: /::(text|int|integer|bigint|numeric|jsonb?|uuid|xid8|timestamptz|date)\b/ },
  { name: 'clause', shape: /\b(WHERE|ORDER BY|GROUP BY|ON CONFLICT|RETURNING|COALESCE\s*\(|= ANY\s*\()/ },
];

export interface SqlFinding {
  file: string;
  line: number;
  shape: string;
}

/** The source files under `root` that belong to rooms which must not write SQL. */
export function filesThatMustNotWriteSql(root: string): string[] {
  return ['apps', 'libs']
    .flatMap((top) => readdirSync(join(root, top), { recursive: true, encoding: 'utf8' }).map((f) => `${top}/${f}`))
    .filter((file) => /\.tsx?$/.test(file) && !MAY_WRITE_SQL.test(file))
    .sort();
}

/** Every string or template literal in `file` (relative to `root`) that looks like SQL. */
export function findSql(root: string, file: string): SqlFinding[] {
  const text = readFileSync(join(root, file), 'utf8');
  // Parsing every file takes seconds; most hold nothing shaped like SQL even in their comments.
  if (!SQL_SHAPES.some(({ shape }) => shape.test(text))) return [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const findings: SqlFinding[] = [];
  const visit = (node: ts.Node): void => {
    const text = literalText(node);
    if (text === undefined) return ts.forEachChild(node, visit);
    const found = SQL_SHAPES.find(({ shape }) => shape.test(text));
    if (found) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      findings.push({ file, line, shape: found.name });
    }
    if (ts.isTemplateExpression(node)) node.templateSpans.forEach((span) => visit(span.expression));
  };
  visit(source);
  return findings;
}

/** A literal's text, a template's parts joined by `?` so that a keyword split by `${…}` still reads. */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('?');
  return undefined;
}

import type { Client } from 'pg';

/**
 * The public schema as the catalog sees it, in a stable order: tables with their columns,
 * constraints and indexes, sequences, and functions with their definitions. Two databases
 * with equal descriptions have the same schema, however each got there.
 */
export async function describeSchema(client: Client): Promise<Record<string, string[]>> {
  const lines = async (sql: string): Promise<string[]> =>
    (await client.query<{ line: string }>(sql)).rows.map((r) => r.line);
  return {
    columns: await lines(`
      SELECT format('%s.%s %s%s%s', c.table_name, c.column_name, c.data_type,
                    CASE WHEN c.is_nullable = 'NO' THEN ' NOT NULL' ELSE '' END,
                    coalesce(' DEFAULT ' || c.column_default, '')) AS line
      FROM information_schema.columns c WHERE c.table_schema = 'public'
      ORDER BY c.table_name, c.column_name`),
    constraints: await lines(`
      SELECT format('%s %s %s', t.relname, k.conname, pg_get_constraintdef(k.oid)) AS line
      FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public' ORDER BY 1`),
    indexes: await lines(`SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`),
    sequences: await lines(`
      SELECT format('%s %s', sequence_name, data_type) AS line FROM information_schema.sequences
      WHERE sequence_schema = 'public' ORDER BY 1`),
    functions: await lines(`
      SELECT pg_get_functiondef(p.oid) AS line FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'public' ORDER BY p.proname, pg_get_function_identity_arguments(p.oid)`),
  };
}

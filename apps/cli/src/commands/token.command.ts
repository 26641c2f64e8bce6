import { Option, type Command } from 'commander';
import { isRole, type Role } from '#application';
import { issueLocalToken, loadOrCreateSigningKey } from '#auth';
import { loadConfig } from '#config';

interface TokenOptions {
  sub: string;
  role: string[];
  municipality: string[];
  ttl: string;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/**
 * Prints a bearer token signed with the embedded default's key (in DATA_DIR), which the
 * running server accepts. Production tokens come from the identity provider instead.
 */
export function registerTokenCommand(program: Command): void {
  program
    .command('token')
    .description('print a signed bearer token for the embedded default')
    .requiredOption('--sub <id>', 'pseudonymous user id')
    .addOption(new Option('--role <role>', 'a role (repeatable)').argParser(collect).default([]))
    .addOption(
      new Option('--municipality <code>', 'a CBS code such as GM0375 (repeatable)').argParser(collect).default([]),
    )
    .option('--ttl <seconds>', 'lifetime in seconds', '28800')
    .action(async (options: TokenOptions) => {
      const config = loadConfig(process.env);
      if (config.jwks)
        throw new Error('JWT_JWKS_URL is set: tokens come from your identity provider, not from this CLI.');
      const roles = options.role.map(parseRole);
      const municipalities = options.municipality.map(parseMunicipality);
      const ttlSeconds = Number(options.ttl);
      if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) throw new Error('--ttl must be a whole number of seconds');
      const key = await loadOrCreateSigningKey(config.dataDir);
      const token = await issueLocalToken(key, { id: options.sub, roles, municipalities }, { ttlSeconds });
      process.stdout.write(`${token}\n`);
    });
}

function parseRole(value: string): Role {
  if (!isRole(value)) {
    throw new Error(
      `Unknown role '${value}': use official, body-member, secretary, evaluator, council-member, admin, dispute-committee or data-protection-officer`,
    );
  }
  return value;
}

function parseMunicipality(value: string): string {
  if (!/^GM\d{4}$/.test(value)) throw new Error(`'${value}' is not a CBS municipality code such as GM0375`);
  return value;
}

/**
 * Creates a console account (the first admin, or any account) in the configured storage.
 *   npm run console:create-admin -- --username=admin [--name="Quản trị"] [--role=admin]
 * The password is read from standard input when piped (echo "$PW" | npm run …); otherwise a strong one is
 * generated and printed once.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { ConfigError, loadConfigFromProcess } from '../config';
import { hashPassword, passwordProblem } from '../console/password';
import { openConfiguredStores } from '../storage';
import { CONSOLE_ROLES, DuplicateUsernameError, type ConsoleRole } from '../storage/ports/console';

function option(name: string): string | undefined {
  const arg = process.argv.slice(2).find((a) => a.startsWith(`--${name}=`));
  return arg?.slice(name.length + 3);
}

async function readStdin(): Promise<string | undefined> {
  if (process.stdin.isTTY) return undefined;
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8').trim();
  return text || undefined;
}

async function main(): Promise<number> {
  const config = loadConfigFromProcess();
  const username = option('username');
  const role = (option('role') ?? 'admin') as ConsoleRole;
  if (!username || !/^[a-zA-Z0-9._-]{3,64}$/.test(username)) {
    process.stderr.write('--username=NAME is required (3-64 letters, digits, dot, dash, underscore)\n');
    return 2;
  }
  if (!CONSOLE_ROLES.includes(role)) {
    process.stderr.write(`--role must be one of ${CONSOLE_ROLES.join(', ')}\n`);
    return 2;
  }
  const given = await readStdin();
  const password = given ?? randomBytes(12).toString('base64url');
  const problem = passwordProblem(password);
  if (problem) {
    process.stderr.write(`password: ${problem}\n`);
    return 2;
  }
  const stores = await openConfiguredStores(config);
  try {
    const now = new Date().toISOString();
    await stores.consoleAccounts.create({
      id: randomUUID(),
      username,
      displayName: option('name') ?? username,
      role,
      passwordHash: await hashPassword(password),
      disabled: false,
      createdAt: now,
      updatedAt: now,
    });
    await stores.audit.record({ at: now, action: 'account.create', target: username, details: { role, by: 'cli' } });
    process.stdout.write(`Created ${role} account "${username}".\n`);
    if (!given) process.stdout.write(`Password (shown once, change it after signing in): ${password}\n`);
    return 0;
  } catch (err) {
    if (err instanceof DuplicateUsernameError) {
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  } finally {
    await stores.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof ConfigError ? 'Configuration error:\n' : ''}${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);

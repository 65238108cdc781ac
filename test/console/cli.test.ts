import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../../src/console/password';
import { projectPath } from '../../src/paths';
import { openSqliteStores } from '../../src/storage';
import { tempDir } from '../helpers/tmp';

const run = (args: string[], dataDir: string, input?: string) =>
  spawnSync(projectPath('node_modules', '.bin', 'tsx'), [projectPath('src', 'cli', 'create-admin.ts'), ...args], {
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir },
    cwd: dataDir,
    input: input ?? '',
    encoding: 'utf8',
  });

describe('npm run console:create-admin', () => {
  it('creates the first admin with a piped password, and refuses the same username twice', async () => {
    const tmp = tempDir();
    const first = run(['--username=admin', '--name=Quản trị'], tmp.dir, 'a strong first password\n');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Created admin account "admin"');
    expect(first.stdout).not.toContain('a strong first password');
    const again = run(['--username=ADMIN'], tmp.dir, 'another strong password\n');
    expect(again.status).toBe(1);
    const stores = openSqliteStores(tmp.dir);
    const account = await stores.consoleAccounts.findByUsername('admin');
    expect(account?.role).toBe('admin');
    expect(account?.displayName).toBe('Quản trị');
    expect(await verifyPassword('a strong first password', account!.passwordHash)).toBe(true);
    await stores.close();
    tmp.cleanup();
  });

  it('refuses a short password and a missing username with a clear message', () => {
    const tmp = tempDir();
    expect(run(['--username=admin'], tmp.dir, 'short').stderr).toContain('password: at least 12 characters');
    expect(run([], tmp.dir).stderr).toContain('--username=NAME is required');
    tmp.cleanup();
  });
});

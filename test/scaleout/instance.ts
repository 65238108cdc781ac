import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { pathToFileURL } from 'node:url';
import { projectPath } from '../../src/paths';

/** One app process (src/index.ts, the real composition root) on its own port. */
export interface AppInstance {
  name: string;
  url: string;
  proc: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

/** A port free right now on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

const TSX_LOADER = pathToFileURL(projectPath('node_modules', 'tsx', 'dist', 'loader.mjs')).href;

/**
 * Starts `src/index.ts` with `env` (on top of PATH only: no developer `.env`, the cwd is `cwd`) and waits
 * until /readyz answers 200, i.e. it reached its storage.
 */
export async function startInstance(name: string, env: Record<string, string>, cwd: string): Promise<AppInstance> {
  const port = await freePort();
  const proc = spawn(process.execPath, ['--import', TSX_LOADER, '--disable-warning=DEP0111', projectPath('src', 'index.ts')], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout?.on('data', (d: Buffer) => (out += d.toString('utf8')));
  proc.stderr?.on('data', (d: Buffer) => (out += d.toString('utf8')));
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 60_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`${name} exited with ${proc.exitCode}:\n${out}`);
    const ok = await fetch(`${url}/readyz`).then((r) => r.status === 200, () => false);
    if (ok) break;
    if (Date.now() > until) throw new Error(`${name} did not become ready:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    name,
    url,
    proc,
    output: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
        const force = setTimeout(() => proc.kill('SIGKILL'), 5000);
        proc.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        proc.kill('SIGTERM');
      }),
  };
}

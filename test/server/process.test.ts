import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SQLITE_FILE } from '../../src/storage';
import { openDatabase } from '../../src/storage/sqlite/db';
import { projectPath } from '../../src/paths';
import { FakeBotConnector } from '../fakes/bot-connector';
import { tempDir } from '../helpers/tmp';

const TSX = projectPath('node_modules', '.bin', 'tsx');
const ENTRY = projectPath('src', 'index.ts');

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>, cwd: string): Started {
  let out = '';
  const child = spawn(TSX, ['--disable-warning=DEP0111', ENTRY], { cwd, env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function waitFor(predicate: () => boolean, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanup) c();
  cleanup = [];
});

describe('the service process', () => {
  it('stops at start-up with one clear line for a wrong setting', async () => {
    const tmp = tempDir();
    cleanup.push(tmp.cleanup);
    const p = start({ PORT: 'abc', DATA_DIR: tmp.dir }, tmp.dir);
    expect(await p.exited).toBe(78);
    expect(p.output()).toContain('PORT: expected a port number (got "abc")');
    expect(fs.existsSync(path.join(tmp.dir, SQLITE_FILE))).toBe(false);
  });

  it('rejects an unknown setting in .env', async () => {
    const tmp = tempDir();
    cleanup.push(tmp.cleanup);
    fs.writeFileSync(path.join(tmp.dir, '.env'), 'PROT=4000\n');
    const p = start({ DATA_DIR: tmp.dir }, tmp.dir);
    expect(await p.exited).toBe(78);
    expect(p.output()).toContain('PROT: unknown setting in .env');
  });

  it('on SIGTERM finishes the turn in flight, then closes the database cleanly', async () => {
    const tmp = tempDir();
    cleanup.push(tmp.cleanup);
    const connector = new FakeBotConnector();
    const serviceUrl = await connector.start();
    cleanup.push(() => void connector.stop());
    // A slow Bot Connector keeps the turn running for a while after the signal.
    connector.delayMs = 400;
    const port = String(20000 + Math.floor(Math.random() * 20000));
    const p = start({ PORT: port, DATA_DIR: tmp.dir }, tmp.dir);
    cleanup.push(() => p.child.kill('SIGKILL'));
    await waitFor(() => p.output().includes('is listening'));
    const turn = fetch(`http://127.0.0.1:${port}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: 'm1',
        channelId: 'emulator',
        serviceUrl,
        locale: 'vi-VN',
        from: { id: 'u1', role: 'user' },
        recipient: { id: 'bot', role: 'bot' },
        conversation: { id: 'shutdown-conv' },
        text: 'xin chào',
      }),
    });
    await waitFor(() => connector.arrived >= 1);
    p.child.kill('SIGTERM');
    expect((await turn).status).toBe(200);
    expect(await p.exited).toBe(0);
    expect(p.output()).toContain('shut down cleanly');
    // Every reply of the turn reached the connector although the signal came in the middle of it.
    expect(connector.activities().length).toBeGreaterThanOrEqual(3);
    // A clean close checkpoints the write-ahead log into the database file, with the whole turn in it.
    const wal = path.join(tmp.dir, `${SQLITE_FILE}-wal`);
    expect(!fs.existsSync(wal) || fs.statSync(wal).size === 0).toBe(true);
    const db = openDatabase(path.join(tmp.dir, SQLITE_FILE));
    const rows = db.prepare("SELECT direction FROM transcripts WHERE conversation_id = 'shutdown-conv'").all() as { direction: string }[];
    db.close();
    expect(rows.filter((r) => r.direction === 'in')).toHaveLength(1);
    expect(rows.filter((r) => r.direction === 'out').length).toBe(connector.activities().length);
  });

  it('never writes message text to the log at info level', async () => {
    const tmp = tempDir();
    cleanup.push(tmp.cleanup);
    const port = String(20000 + Math.floor(Math.random() * 20000));
    const p = start({ PORT: port, DATA_DIR: tmp.dir, LOG_LEVEL: 'info' }, tmp.dir);
    cleanup.push(() => p.child.kill('SIGKILL'));
    await waitFor(() => p.output().includes('is listening'));
    const base = `http://127.0.0.1:${port}`;
    const session = (await (await fetch(`${base}/web/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).json()) as { token: string };
    await fetch(`${base}/web/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session.token}` },
      body: JSON.stringify({ text: 'em tên Lan sdt 0912345678' }),
    });
    p.child.kill('SIGTERM');
    await p.exited;
    expect(p.output()).toContain('"route":"/web/messages"');
    expect(p.output()).not.toContain('0912345678');
    expect(p.output()).not.toContain('Lan');
  });
});

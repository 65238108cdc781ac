import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/paths';
import { FakeGraph } from '../fakes/fake-graph';
import { waitFor } from '../fakes/http';
import { MESSENGER_SECRETS, messengerEnvelope, messengerText, postMessenger, tempDir } from './support/harness';

const CHILD = path.join(__dirname, 'support', 'crash-child.ts');

interface Child {
  proc: ChildProcess;
  url: string;
  lines: string[];
}

async function startChild(file: string, graphUrl: string, mode: 'hang' | 'echo'): Promise<Child> {
  // `node --import tsx` (not the tsx CLI, which runs the script in a grandchild that SIGKILL would miss).
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, file, graphUrl, mode], { cwd: projectPath(), stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let buffered = '';
  proc.stdout?.on('data', (d: Buffer) => {
    buffered += d.toString('utf8');
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    lines.push(...parts);
  });
  let stderr = '';
  proc.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString('utf8');
  });
  const ready = await waitFor(() => lines.some((l) => l.startsWith('READY ')), 20_000);
  if (!ready) throw new Error(`child did not start: ${stderr}`);
  const port = lines.find((l) => l.startsWith('READY '))!.slice(6);
  return { proc, url: `http://127.0.0.1:${port}`, lines };
}

function kill9(c: Child): Promise<void> {
  return new Promise((resolve) => {
    if (c.proc.exitCode !== null || c.proc.signalCode !== null) return resolve();
    c.proc.once('exit', () => resolve());
    c.proc.kill('SIGKILL');
  });
}

describe('durable inbox across a crash', () => {
  const children: Child[] = [];
  let graph: FakeGraph | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    for (const c of children.splice(0)) await kill9(c);
    await graph?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers a message acknowledged by a process that was then killed -9, once, after a restart', async () => {
    graph = await FakeGraph.start({ accessToken: MESSENGER_SECRETS.pageAccessToken, appSecret: MESSENGER_SECRETS.appSecret });
    dir = tempDir();
    const file = path.join(dir, 'crash.sqlite');
    const first = await startChild(file, graph.url, 'hang');
    children.push(first);
    const body = messengerEnvelope([messengerText('PSIDK', 'm_crash', 'cứu với', Date.now())]);
    expect(await postMessenger(first.url, body)).toBe(200);
    expect(await waitFor(() => first.lines.includes('TURN m_crash'), 10_000)).toBe(true);
    await kill9(first);
    expect(graph.sent()).toHaveLength(0);

    const second = await startChild(file, graph.url, 'echo');
    children.push(second);
    expect(await graph.waitForSent(1, 'PSIDK', 10_000)).toBe(true);
    expect(graph.texts('PSIDK')).toEqual(['echo: cứu với']);
    // Meta redelivers the same event after the outage: still one answer.
    expect(await postMessenger(second.url, body)).toBe(200);
    await new Promise((r) => setTimeout(r, 400));
    expect(graph.texts('PSIDK')).toEqual(['echo: cứu với']);
  });
});

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/paths';
import { createTestBot } from '../helpers/bot';
import { tempDir } from '../helpers/tmp';
import { answers, question, run, TOTAL, vi } from './survey-helpers';

const CHILD = projectPath('test', 'dialogs', 'survey-resume-child.ts');
const exec = promisify(execFile);

/** Runs the child process on the data folder; returns the replies of each message. */
async function inNewProcess(dataDir: string, ...turns: string[]): Promise<string[][]> {
  const { stdout } = await exec(process.execPath, ['--import', 'tsx', CHILD, dataDir, ...turns], { cwd: projectPath(), timeout: 30_000 });
  return stdout.trim().split('\n').map((l) => JSON.parse(l) as string[]);
}

const expectedQuestion = (n: number) => {
  const q = question(n);
  return vi(q.key, q.vars);
};

describe('survey resume across processes', () => {
  const tmp = tempDir();
  afterEach(() => tmp.cleanup());

  it('a new process on the same SQLite file continues the quiz where it was, in the same and in a new conversation', async () => {
    const bot = createTestBot({ dataDir: tmp.dir });
    await run(bot, [
      { say: 'hi' },
      { say: vi('common:menu.quiz') },
      { say: '17' },
      { say: 'Đồng ý lưu', expect: [question(1)] },
      ...answers(5),
    ]);
    await bot.close();

    // Same conversation: the dialog stack and the answers were saved; the next answer is item 6's. Then a new
    // session (another conversation of the same user): "tiếp tục" resumes at item 7, no answer lost.
    const [sameConversation, resumed, next] = await inNewProcess(tmp.dir, 'Convo1=Bình thường', 'another-session=tiếp tục', 'another-session=Thích');
    expect(sameConversation!.join('\n')).toContain(expectedQuestion(7));
    expect(resumed!.join('\n')).toContain(expectedQuestion(7));
    expect(next!.join('\n')).toContain(expectedQuestion(8));

    const again = createTestBot({ dataDir: tmp.dir });
    const state = JSON.stringify(await again.stores.botState.read(['test/users/user1/']));
    expect(state).toContain('"answers":[2,2,2,2,2,1,2]');
    expect(TOTAL).toBeGreaterThan(7);
    await again.close();
  }, 60_000);
});

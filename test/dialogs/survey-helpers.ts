import type { Activity } from 'botbuilder';
import { expect } from 'vitest';
import { createI18n } from '../../src/i18n';
import { surveyContent } from '../../src/surveys/content';
import { quickReplyTitles, say, texts, type TestBot } from '../helpers/bot';

export const i18n = createI18n();
export const vi = i18n.getFixedT('vi');
export const en = i18n.getFixedT('en');
export const ITEMS = surveyContent(i18n).items;
export const TOTAL = ITEMS.length;

/** A locale key the replies must contain: the full text when `vars` are given, else the text before the first `{{`. */
export type Expect = string | { key: string; vars?: Record<string, unknown>; not?: true };

/** One user turn: what they type, the texts expected in the replies, and optionally the last reply's buttons (keys). */
export interface Step {
  say: string;
  expect?: Expect[];
  buttons?: string[];
}

function expected(t: typeof vi, e: Exclude<Expect, string> | { key: string; vars?: undefined; not?: undefined }): string {
  if (e.vars) return t(e.key, e.vars);
  return t(e.key).split('{{')[0]!.trim();
}

/** Runs steps against a bot and checks each expectation; returns every reply of the last step. */
export async function run(bot: TestBot, steps: Step[], lang: 'vi' | 'en' = 'vi'): Promise<Partial<Activity>[]> {
  const t = lang === 'en' ? en : vi;
  let replies: Partial<Activity>[] = [];
  for (const step of steps) {
    replies = await say(bot.adapter, step.say);
    const all = texts(replies).join('\n---\n');
    for (const e of step.expect ?? []) {
      const spec = typeof e === 'string' ? { key: e } : e;
      const want = expected(t, spec);
      if (spec.not) expect(all.includes(want), `"${step.say}" must not → ${spec.key}\n${all}`).toBe(false);
      else expect(all.includes(want), `"${step.say}" → ${spec.key} (${want})\n${all}`).toBe(true);
    }
    if (step.buttons) expect(quickReplyTitles(replies.at(-1))).toEqual(step.buttons.map((k) => t(k)));
  }
  return replies;
}

/** `n` steps answering with `answer` (a locale key or literal text). */
export const answers = (n: number, answer = 'Thích'): Step[] => Array.from({ length: n }, () => ({ say: answer }));

/** "Câu n/36" for the i-th (1-based) item in Vietnamese. */
export const question = (n: number, t = vi): Exclude<Expect, string> => ({
  key: 'survey:question',
  vars: { n, total: TOTAL, text: t(`surveyContent:items.${ITEMS[n - 1]!.id}`) },
});

/**
 * `npx tsx test/eval/risk/blind.ts [blind-2.yaml] [--show]`
 * Scores a blind set: recall by level and category, false alarms on benign messages, and over-alarms on
 * informational questions (level disclosed/imminent or an illegal-request refusal where none/possible is right).
 * Blind sets are run rarely and never tuned on (README.md "Blind set 2"); --show lists every miss.
 */
import { assess } from '../../../src/safety/assess';
import { LEVEL_RANK } from '../../../src/safety/types';
import { loadBlindSet } from './dataset';
import { evaluate, pct, type Ratio } from './metrics';

function line(label: string, r: Ratio): string {
  return `  ${label.padEnd(22)} ${pct(r)}  (${r.hit}/${r.total})`;
}

function main(argv: string[]): void {
  const file = argv.find((a) => a.endsWith('.yaml')) ?? 'blind-2.yaml';
  const set = loadBlindSet(file);
  const rep = evaluate({ risk: set.risk, benign: set.benign, illegal: [] }, assess);
  const over: Ratio = { hit: 0, total: 0 };
  const overList: string[] = [];
  for (const q of set.questions) {
    const a = assess(q.text);
    const bad = (a.level !== null && LEVEL_RANK[a.level] > LEVEL_RANK.possible) || a.illegalRequest !== undefined;
    over.total++;
    if (bad) {
      over.hit++;
      overList.push(`  ${q.id.padEnd(26)} got ${a.level ?? 'none'} [${a.flags.map((f) => f.ruleId).join(', ')}]${a.illegalRequest ? ` illegal:${a.illegalRequest.kind}` : ''}\n      ${q.text}`);
    }
  }
  const out = [
    `Blind set ${file}: ${set.risk.length} risk, ${set.benign.length} benign, ${set.questions.length} questions`,
    'Recall by level:',
    ...Object.entries(rep.recallByLevel).map(([k, r]) => line(k, r)),
    'Recall by category:',
    ...Object.entries(rep.recallByCategory).map(([k, r]) => line(k, r)),
    line('overall recall', rep.recallOverall),
    line('detected (any level)', rep.detectedOverall),
    line('category correct', rep.categoryCorrect),
    line('false alarm rate', rep.falseAlarms),
    line('question over-alarms', over),
  ];
  if (argv.includes('--show')) {
    out.push(`Misses: ${rep.misses.length}`, ...rep.misses.map((m) => `  ${m.id.padEnd(26)} ${m.expected.padEnd(26)} got ${m.got}\n      ${m.text}`));
    out.push(`False alarms: ${rep.falseAlarmList.length}`, ...rep.falseAlarmList.map((m) => `  ${m.id.padEnd(26)} got ${m.got}\n      ${m.text}`));
    out.push(`Question over-alarms: ${over.hit}`, ...overList);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main(process.argv.slice(2));

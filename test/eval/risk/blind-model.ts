/**
 * `npx tsx test/eval/risk/blind-model.ts <file.yaml> [--disclosed]` — scores a blind- or dev-format file with the
 * rules alone and with rules + the statistical layer (`withModel`, README "Statistical layer"), side by side, in
 * aggregate only (no items are printed, so a blind set stays blind). `--disclosed` enables the model's opt-in
 * `disclosed` tier. Same definitions as blind.ts.
 */
import { assessRules } from '../../../src/safety/assess';
import { withModel } from '../../../src/safety/classifier';
import { LEVEL_RANK, type RiskAssessment } from '../../../src/safety/types';
import { loadBlindSet } from './dataset';
import { evaluate, pct, type Ratio } from './metrics';

function cell(r: Ratio): string {
  return `${pct(r)} (${r.hit}/${r.total})`.padEnd(22);
}

function score(file: string, fn: (text: string) => RiskAssessment): { rows: [string, Ratio][] } {
  const set = loadBlindSet(file);
  const rep = evaluate({ risk: set.risk, benign: set.benign, illegal: [] }, fn);
  const over: Ratio = { hit: 0, total: 0 };
  for (const q of set.questions) {
    const a = fn(q.text);
    over.total++;
    if ((a.level !== null && LEVEL_RANK[a.level] > LEVEL_RANK.possible) || a.illegalRequest !== undefined) over.hit++;
  }
  return {
    rows: [
      ...Object.entries(rep.recallByLevel).map(([k, r]) => [`recall ${k}`, r] as [string, Ratio]),
      ...Object.entries(rep.recallByCategory).map(([k, r]) => [`  ${k}`, r] as [string, Ratio]),
      ['recall overall', rep.recallOverall],
      ['detected (any level)', rep.detectedOverall],
      ['category correct', rep.categoryCorrect],
      ['false alarm rate', rep.falseAlarms],
      ['question over-alarms', over],
    ],
  };
}

function main(argv: string[]): void {
  const file = argv.find((a) => a.endsWith('.yaml'));
  if (file === undefined) throw new Error('usage: blind-model.ts <file.yaml> [--disclosed]');
  const rules = score(file, assessRules);
  const both = score(file, withModel(assessRules, undefined, { disclosed: argv.includes('--disclosed') }));
  const out = [`${file}: rules alone vs rules + model${argv.includes('--disclosed') ? ' (with the disclosed tier)' : ''}`];
  rules.rows.forEach(([name, r], i) => out.push(`  ${name.padEnd(22)} ${cell(r)} ${cell((both.rows[i] as [string, Ratio])[1])}`));
  process.stdout.write(`${out.join('\n')}\n`);
}

main(process.argv.slice(2));

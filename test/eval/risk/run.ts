/**
 * `npm run eval:risk` → `tsx test/eval/risk/run.ts [--show-misses] [--all]`
 * Prints recall by level and category, the false-alarm rate, third-party and illegal-request detection.
 * --show-misses lists misses and false alarms of the tuning files; --all includes the holdout files too.
 */
import { assess } from '../../../src/safety/assess';
import { loadEvalSet } from './dataset';
import { evaluate, pct, type Miss, type Ratio } from './metrics';

function line(label: string, r: Ratio): string {
  return `  ${label.padEnd(22)} ${pct(r)}  (${r.hit}/${r.total})`;
}

function listing(title: string, items: Miss[], all: boolean): string[] {
  const shown = items.filter((m) => all || !m.holdout);
  const hidden = items.length - shown.length;
  return [
    `${title}: ${items.length}${hidden > 0 ? ` (${hidden} in holdout files, not shown)` : ''}`,
    ...shown.map((m) => `  ${m.id.padEnd(22)} ${m.expected.padEnd(26)} got ${m.got}\n      ${m.text}`),
  ];
}

function main(argv: string[]): void {
  const set = loadEvalSet();
  const rep = evaluate(set, assess);
  const out: string[] = [
    `Risk triage evaluation: ${set.risk.length} risk, ${set.benign.length} benign, ${set.illegal.length} illegal-request messages`,
    'Recall by level (caught = level at least the expected one):',
    ...Object.entries(rep.recallByLevel).map(([k, r]) => line(k, r)),
    'Recall by category:',
    ...Object.entries(rep.recallByCategory).map(([k, r]) => line(k, r)),
    line('overall recall', rep.recallOverall),
    line('detected (any level)', rep.detectedOverall),
    line('category correct', rep.categoryCorrect),
    line('third party noticed', rep.thirdParty),
    line('wrongly third party', rep.wrongThirdParty),
    line('false alarm rate', rep.falseAlarms),
    line('illegal requests', rep.illegalDetected),
    'Holdout and fresh files only (see README: no longer blind):',
    line('recall', rep.holdout.recall),
    line('false alarm rate', rep.holdout.falseAlarms),
  ];
  if (argv.includes('--show-misses')) {
    const all = argv.includes('--all');
    out.push(...listing('Misses', rep.misses, all), ...listing('False alarms', rep.falseAlarmList, all));
    out.push(...listing('Wrong category', rep.wrongCategory, all));
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main(process.argv.slice(2));

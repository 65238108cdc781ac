/**
 * `npx tsx test/eval/risk/kb-scan.ts [--all|--check]` — runs every question paraphrase of the knowledge base
 * through `assess()`. Default: prints the ones that get an alert or an illegal-request refusal (--all: every
 * question), tab-separated, for labelling in kb-expected.yaml. --check: prints only the questions whose outcome
 * does not meet their label (what kb-questions.test.ts checks), with a count per label. A reviewing aid.
 */
import { assess } from '../../../src/safety/assess';
import { kbQuestions, loadKbLabels, mismatch } from './kb-expected';

function main(argv: string[]): void {
  const labels = argv.includes('--check') ? loadKbLabels() : undefined;
  let flagged = 0;
  let failed = 0;
  const questions = kbQuestions();
  for (const { q, entry } of questions) {
    const a = assess(q);
    const hit = a.level !== null || a.illegalRequest !== undefined;
    if (hit) flagged++;
    if (labels !== undefined) {
      const why = mismatch(a, labels.get(q));
      if (why !== undefined) {
        failed++;
        process.stdout.write(`${labels.get(q)?.want ?? 'unlabelled'}\t${JSON.stringify(q)}\t${entry}\t${why}\n`);
      }
      continue;
    }
    if (!hit && !argv.includes('--all')) continue;
    const got = `${a.level ?? 'none'}${a.illegalRequest ? '+illegal' : ''} ${a.flags.map((f) => f.ruleId).join(',')}`;
    process.stdout.write(`${JSON.stringify(q)}\t${entry}\t${got}\n`);
  }
  process.stderr.write(`${flagged}/${questions.length} KB questions flagged${labels ? `; ${failed} do not meet their label` : ''}\n`);
}

main(process.argv.slice(2));

/**
 * `npm run kb:check` — validates the knowledge-base content the way start-up does and prints every problem
 * as `file › entry id › field: problem`. Exit code 1 when there are errors (warnings alone pass), so CI and
 * content writers get the same verdict as the running bot.
 *
 * Usage: tsx src/cli/kb-check.ts [content-dir]
 */
import { DOMAINS } from '../knowledge/schema';
import { CONTENT_DIR, inspectKnowledgeBase } from '../knowledge/load';
import { formatIssue } from '../knowledge/errors';

function main(argv: string[]): number {
  const dir = argv[0] ?? CONTENT_DIR;
  const { kb, issues } = inspectKnowledgeBase(dir);
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  for (const i of errors) console.log(`ERROR   ${formatIssue(i)}`);
  for (const i of warnings) console.log(`warning ${formatIssue(i)}`);
  const perDomain = DOMAINS.map((d) => `${d} ${kb.byDomain(d).length}`).join(', ');
  console.log(`\n${kb.entries.length} valid entries (${perDomain}); ${errors.length} error(s), ${warnings.length} warning(s).`);
  return errors.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));

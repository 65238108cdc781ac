/** One problem found in the knowledge base: where (file, entry id, field) and what. */
export interface KbIssue {
  severity: 'error' | 'warning';
  /** Content file, relative to the content folder (or the menu file). */
  file: string;
  /** Entry id, or `#<n>` (1-based position in the file) when the entry has no usable id. */
  id?: string;
  /** Field path inside the entry, e.g. `answer.vi`. */
  field?: string;
  problem: string;
}

/** Formats an issue as one line: `rights-1.yaml › rights.min-age › answer.vi: is longer than 600 characters`. */
export function formatIssue(issue: KbIssue): string {
  const where = [issue.file, issue.id, issue.field].filter((x) => x !== undefined && x !== '').join(' › ');
  return `${where}: ${issue.problem}`;
}

/**
 * Thrown by `loadKnowledgeBase` when the content has errors. The message lists every error (file › id › field:
 * problem), so a bad file stops start-up with everything needed to fix it; `issues` has them as data.
 */
export class KnowledgeBaseError extends Error {
  override readonly name = 'KnowledgeBaseError';
  constructor(readonly issues: KbIssue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    super(`Knowledge base has ${errors.length} error(s):\n${errors.map((i) => `  - ${formatIssue(i)}`).join('\n')}`);
  }
}

import fs from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { projectPath } from '../paths';

/** The editable data file of counselors' canned replies. */
export const CANNED_FILE = projectPath('src', 'handoff', 'canned', 'replies.yaml');

const text = z.string().trim().min(1).max(2000);
const cannedFileSchema = z
  .object({
    groups: z.array(z.string().regex(/^[a-z_]+$/)).min(1),
    replies: z
      .array(z.object({ id: z.string().regex(/^[a-z0-9_]+$/, 'lowercase letters, digits and _'), group: z.string(), vi: text, en: text }).strict())
      .min(1),
  })
  .strict()
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.replies.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: ['replies', i, 'id'], message: `duplicate id ${r.id}` });
      seen.add(r.id);
      if (!f.groups.includes(r.group)) ctx.addIssue({ code: 'custom', path: ['replies', i, 'group'], message: `unknown group ${r.group} (expected one of ${f.groups.join(', ')})` });
    });
  });

export type CannedFile = z.infer<typeof cannedFileSchema>;
export type CannedReply = CannedFile['replies'][number];

export class CannedRepliesError extends Error {
  override readonly name = 'CannedRepliesError';
}

/** Reads and checks the canned replies; throws CannedRepliesError naming the entry and field. */
export function loadCannedReplies(file = CANNED_FILE): CannedFile {
  let raw: unknown;
  try {
    raw = parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CannedRepliesError(`${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const result = cannedFileSchema.safeParse(raw);
  if (!result.success) {
    throw new CannedRepliesError(result.error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`).join('\n'));
  }
  return result.data;
}

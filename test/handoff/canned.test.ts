import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CannedRepliesError, loadCannedReplies } from '../../src/handoff/canned';
import { tempDir } from '../helpers/tmp';

describe('canned replies (editable data file)', () => {
  it('loads the shipped file: every reply in Vietnamese and English, crisis scripts with the hotline', () => {
    const file = loadCannedReplies();
    expect(file.replies.length).toBeGreaterThanOrEqual(8);
    for (const r of file.replies) expect(r.vi.length > 0 && r.en.length > 0).toBe(true);
    expect(file.replies.filter((r) => r.group === 'crisis').some((r) => r.vi.includes('111') && r.en.includes('111'))).toBe(true);
    // S5: crisis scripts never ask about method, place or time.
    const crisis = file.replies.filter((r) => r.group === 'crisis').map((r) => r.vi.toLowerCase()).join(' ');
    expect(crisis).not.toMatch(/bằng cách nào|ở đâu|lúc nào|khi nào/);
  });

  it.each([
    ['a reply without English', 'groups: [a]\nreplies:\n  - { id: x, group: a, vi: "chào" }\n', /replies\.0\.en/],
    ['a duplicate id', 'groups: [a]\nreplies:\n  - { id: x, group: a, vi: "1", en: "1" }\n  - { id: x, group: a, vi: "2", en: "2" }\n', /duplicate id x/],
    ['an unknown group', 'groups: [a]\nreplies:\n  - { id: x, group: b, vi: "1", en: "1" }\n', /unknown group b/],
    ['broken YAML', 'groups: [a\n', /replies\.yaml/],
  ])('rejects %s with a message naming the problem', (_name, yaml, pattern) => {
    const tmp = tempDir();
    const file = path.join(tmp.dir, 'replies.yaml');
    fs.writeFileSync(file, yaml);
    try {
      expect(() => loadCannedReplies(file)).toThrow(CannedRepliesError);
      expect(() => loadCannedReplies(file)).toThrow(pattern);
    } finally {
      tmp.cleanup();
    }
  });
});

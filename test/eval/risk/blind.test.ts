import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVAL_DIR, loadBlindSet } from './dataset';

/**
 * Blind sets are frozen once scored: editing one afterwards would make its recorded numbers meaningless (write a
 * new blind-N.yaml instead). blind-2, -3 and -4 were measured blind, then declared development data in rounds 2, 3
 * and 4 (their floors: round2/3/4.test.ts); blind-5 was measured once after round 4 and the retrained model and is
 * held out (README "Blind set 5"). `min` counts are floors for the older sets, exact counts for the newer ones.
 */
const BLIND_SETS = [
  { file: 'blind-2.yaml', sha256: 'fcc5d663b3ec219fb4e8ff8bc97557cd0b69393f7c3c8a81b309282a4d16e760', min: { risk: 60, benign: 60 } },
  { file: 'blind-3.yaml', sha256: 'd3da9c96f88a169da3554ec92c5a0021905d7715df35bc0715ddc8a1e3d55d55', min: { risk: 140, benign: 160 } },
  { file: 'blind-4.yaml', sha256: '25c262c023c14d3bf2ad58d11b87549f8d9133d2220ec58626cadd6ed5c9fc68', exact: [160, 167, 25] },
  { file: 'blind-5.yaml', sha256: '01f7afef38839421b882f9f042b3696c5f64a09558062781cbe8a033de24bc59', exact: [169, 195, 26] },
] as const;

describe.each(BLIND_SETS)('blind set $file', (b) => {
  it('is unchanged since it was scored', () => {
    const hash = crypto.createHash('sha256').update(fs.readFileSync(path.join(EVAL_DIR, b.file))).digest('hex');
    expect(hash).toBe(b.sha256);
  });

  it('loads, with its size, every category and every level', () => {
    const set = loadBlindSet(b.file);
    if ('exact' in b) expect([set.risk.length, set.benign.length, set.questions.length]).toEqual([...b.exact]);
    else {
      expect(set.risk.length).toBeGreaterThanOrEqual(b.min.risk);
      expect(set.benign.length).toBeGreaterThanOrEqual(b.min.benign);
    }
    expect(new Set(set.risk.map((r) => r.category)).size).toBe(6);
    expect(new Set(set.risk.map((r) => r.level)).size).toBe(3);
  });
});

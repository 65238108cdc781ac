import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVAL_DIR, loadBlindSet } from './dataset';

/**
 * blind-2.yaml was a measured blind set (README "Blind set 2"); from round 2 on it is used for development and
 * its thresholds are asserted in round2.test.ts; blind-3.yaml likewise from round 3 on (round3.test.ts). This keeps
 * them frozen and well-formed: editing one after it was scored would make its recorded numbers meaningless. Write
 * a new blind-N.yaml instead.
 */
const BLIND_2_SHA256 = 'fcc5d663b3ec219fb4e8ff8bc97557cd0b69393f7c3c8a81b309282a4d16e760';
/** blind-3.yaml: measured once after round 2, development data from round 3 on (README "Round 3"). */
const BLIND_3_SHA256 = 'd3da9c96f88a169da3554ec92c5a0021905d7715df35bc0715ddc8a1e3d55d55';

describe('blind set 2', () => {
  it('is unchanged since it was scored', () => {
    const hash = crypto.createHash('sha256').update(fs.readFileSync(path.join(EVAL_DIR, 'blind-2.yaml'))).digest('hex');
    expect(hash).toBe(BLIND_2_SHA256);
  });

  it('has at least 60 risk and 60 benign messages covering every category and level', () => {
    const set = loadBlindSet('blind-2.yaml');
    expect(set.risk.length).toBeGreaterThanOrEqual(60);
    expect(set.benign.length).toBeGreaterThanOrEqual(60);
    expect(new Set(set.risk.map((r) => r.category)).size).toBe(6);
    expect(new Set(set.risk.map((r) => r.level)).size).toBe(3);
  });
});

describe('blind set 3', () => {
  it('is unchanged since it was scored', () => {
    const hash = crypto.createHash('sha256').update(fs.readFileSync(path.join(EVAL_DIR, 'blind-3.yaml'))).digest('hex');
    expect(hash).toBe(BLIND_3_SHA256);
  });

  it('has at least 140 risk and 160 benign messages covering every category and level', () => {
    const set = loadBlindSet('blind-3.yaml');
    expect(set.risk.length).toBeGreaterThanOrEqual(140);
    expect(set.benign.length).toBeGreaterThanOrEqual(160);
    expect(new Set(set.risk.map((r) => r.category)).size).toBe(6);
    expect(new Set(set.risk.map((r) => r.level)).size).toBe(3);
  });
});

/** blind-4.yaml: measured (aggregate only) after round 3 and with the statistical layer (README "Blind set 4"). */
const BLIND_4_SHA256 = '25c262c023c14d3bf2ad58d11b87549f8d9133d2220ec58626cadd6ed5c9fc68';

describe('blind set 4', () => {
  it('is unchanged since it was scored', () => {
    const hash = crypto.createHash('sha256').update(fs.readFileSync(path.join(EVAL_DIR, 'blind-4.yaml'))).digest('hex');
    expect(hash).toBe(BLIND_4_SHA256);
  });

  it('loads: 160 risk, 167 benign and 25 questions, every category and level', () => {
    const set = loadBlindSet('blind-4.yaml');
    expect([set.risk.length, set.benign.length, set.questions.length]).toEqual([160, 167, 25]);
    expect(new Set(set.risk.map((r) => r.category)).size).toBe(6);
    expect(new Set(set.risk.map((r) => r.level)).size).toBe(3);
  });
});

/** blind-5.yaml: measured once (aggregate only) after round 4 and the retrained model (README "Blind set 5"). */
const BLIND_5_SHA256 = '01f7afef38839421b882f9f042b3696c5f64a09558062781cbe8a033de24bc59';

describe('blind set 5', () => {
  it('is unchanged since it was scored', () => {
    const hash = crypto.createHash('sha256').update(fs.readFileSync(path.join(EVAL_DIR, 'blind-5.yaml'))).digest('hex');
    expect(hash).toBe(BLIND_5_SHA256);
  });

  it('loads: 169 risk, 195 benign and 26 questions, every category and level', () => {
    const set = loadBlindSet('blind-5.yaml');
    expect([set.risk.length, set.benign.length, set.questions.length]).toEqual([169, 195, 26]);
    expect(new Set(set.risk.map((r) => r.category)).size).toBe(6);
    expect(new Set(set.risk.map((r) => r.level)).size).toBe(3);
  });
});

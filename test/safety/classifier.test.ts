import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessRules } from '../../src/safety/assess';
import { MODEL_CLASSES, MODEL_MIN_SYLLABLES, MODEL_PATH, loadModel, looksLikeQuestion, modelFlag, modelScore, parseModel, withModel } from '../../src/safety/classifier';
import { featuresOf } from '../../src/safety/classifier-features';
import { LEVEL_RANK, type RiskAssessment } from '../../src/safety/types';
import { dataHash, loadExamples } from '../eval/risk/classifier-data';
import { DEFAULT_TRAIN, trainModel } from '../eval/risk/classifier-train';
import { kbQuestions, loadKbLabels } from '../eval/risk/kb-expected';

/** Statistical second layer (README "Statistical layer"): model file, behaviour, and the question policy. */
const model = loadModel();
const NONE: RiskAssessment = { level: null, flags: [], checkIn: false };
const withBoth = withModel(assessRules, model);

describe('risk model file', () => {
  it('loads, stays under the size budget and has sane thresholds', () => {
    expect(fs.statSync(MODEL_PATH).size).toBeLessThan(600 * 1024);
    expect(model.index.size).toBeGreaterThan(1000);
    expect(model.threshold).toBeGreaterThanOrEqual(0.5);
    expect(model.disclosedThreshold).toBeGreaterThan(model.threshold);
  });

  it('was trained on the current training data (hash recorded in the model), with the current feature settings', () => {
    // Labels or texts changed since training → retrain: npx tsx test/eval/risk/train-classifier.ts --write
    const examples = loadExamples();
    expect(model.dataHash).toBe(dataHash(examples));
    // The held-out blind set measures the model: it must never be training data.
    expect(examples.filter((e) => e.source.startsWith('blind-5') || e.id.startsWith('blind-5'))).toEqual([]);
    expect(model.features.charN).toBe(DEFAULT_TRAIN.charN);
    expect(model.features.marked === true).toBe(DEFAULT_TRAIN.marked === true);
    // Training is deterministic: the same data gives byte-identical weights (a small, fast subset here).
    const subset = [...examples.filter((e) => e.kind === 'risk').slice(0, 150), ...examples.filter((e) => e.kind === 'benign').slice(0, 150)];
    const opts = { ...DEFAULT_TRAIN, iterations: 20 };
    const t = { possible: 0.75, disclosed: 0.9 };
    const a = trainModel(subset, opts, t, 'x').file;
    expect(a.vocab.length).toBeGreaterThan(100);
    expect(JSON.stringify(trainModel(subset, opts, t, 'x').file)).toBe(JSON.stringify(a));
  });

  it('rejects a malformed file', () => {
    const json = JSON.parse(fs.readFileSync(MODEL_PATH, 'utf8')) as Record<string, unknown>;
    expect(() => parseModel({ ...json, weights: [1, 2, 3] })).toThrow();
    expect(() => parseModel({ ...json, classes: [...MODEL_CLASSES].reverse() })).toThrow();
  });
});

describe('features', () => {
  it('use the safety normaliser: teen code, diacritics and casing meet', () => {
    const a = featuresOf('Em KHÔNG muốn sống nữa', { charN: 4 });
    const b = featuresOf('e ko muon song nua', { charN: 4 });
    expect(a.filter((f) => f.startsWith('w:') || f.startsWith('b:'))).toEqual(b.filter((f) => f.startsWith('w:') || f.startsWith('b:')));
    expect(a).toContain('b:muon_song');
  });
});

describe('modelFlag', () => {
  it('flags unseen paraphrases of clear risks that the rules miss', () => {
    // Written for this test, not in any training file.
    const texts = ['dạo này em thấy sống chẳng để làm gì, chỉ muốn biến khỏi cuộc đời này', 'ông chủ xưởng giữ giấy tờ của em, làm cả tháng không trả đồng nào'];
    for (const t of texts) {
      const s = modelScore(model, t);
      expect(s.risk, t).toBeGreaterThanOrEqual(model.threshold);
      expect(modelFlag(t, NONE, model)?.ruleId, t).toMatch(/^ml\./);
    }
  });

  it('leaves idioms and everyday messages alone', () => {
    for (const t of ['chết cười với thằng bạn', 'hôm nay mệt muốn chết', 'đói muốn chết', 'em đang cầm dao gọt táo', 'mai thi toán rồi lo quá']) {
      expect(modelFlag(t, NONE, model), t).toBeUndefined();
    }
  });

  it('says nothing on a message of fewer than MODEL_MIN_SYLLABLES syllables (a quiz letter, "em", "em không biết nữa")', () => {
    // With a threshold of 0 every longer message would be flagged: the guard, not the score, decides here.
    const eager = { ...model, threshold: 1e-9 };
    for (const t of ['I', 'E', 'e', 'em', 'ok em', 'dạ vâng ạ', 'em không biết nữa', 'người yêu chia tay em']) {
      expect(modelFlag(t, NONE, eager), t).toBeUndefined();
    }
    expect(modelFlag('tối nay em ở nhà một mình', NONE, eager)).toBeDefined();
    expect(MODEL_MIN_SYLLABLES).toBe(6);
  });

  it('never adds a flag when the rules already flagged the message', () => {
    const rules = assessRules('tối nay em sẽ tự tử');
    expect(rules.level).toBe('imminent');
    expect(modelFlag('tối nay em sẽ tự tử', rules, model)).toBeUndefined();
    expect(withBoth('tối nay em sẽ tự tử')).toEqual(rules);
  });

  it('gives a question at most `possible`', () => {
    expect(looksLikeQuestion('làm thêm 12 tiếng một ngày có sao không')).toBe(true);
    expect(looksLikeQuestion('Is it legal to keep a worker’s ID?')).toBe(true);
    expect(looksLikeQuestion('ông chủ giữ căn cước của em rồi')).toBe(false);
    const strong = { ...model, disclosedThreshold: model.threshold };
    const t = 'ông chủ xưởng giữ giấy tờ của em, làm cả tháng rồi mà chưa được trả lương';
    expect(modelFlag(t, NONE, strong)?.level).toBe('possible'); // disclosed is opt-in
    expect(modelFlag(t, NONE, strong, { disclosed: true })?.level).toBe('disclosed');
    expect(modelFlag(`${t} vậy có sao không?`, NONE, strong, { disclosed: true })?.level).toBe('possible');
  });
});

describe('rules + model on the knowledge-base questions', () => {
  it('adds no alert to a question kb-expected leaves unlabelled or labels none, and nothing above a tip', () => {
    const labels = loadKbLabels();
    const bad = kbQuestions().filter(({ q }) => {
      const want = labels.get(q)?.want ?? 'none';
      const rules = assessRules(q);
      const flag = modelFlag(q, rules, model, { disclosed: true });
      if (flag === undefined) return false;
      return want === 'none' || LEVEL_RANK[flag.level] > LEVEL_RANK.possible;
    });
    expect(bad.map((b) => b.q)).toEqual([]);
  });
});

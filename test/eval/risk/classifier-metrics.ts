import { LEVEL_RANK, RISK_CATEGORIES, RISK_LEVELS, type RiskAssessment } from '../../../src/safety/types';
import type { Example } from './classifier-data';
import type { Ratio } from './metrics';

/**
 * Scores of the statistical layer's evaluation (README "Statistical layer"), over `Example`s with one
 * assessment each: same definitions as metrics.ts (caught = level at least the expected one; a benign message
 * with any alert is a false alarm; a question above `possible` is an over-alarm).
 */
/** Hits over a total: the same shape as metrics.ts `Ratio`. */
export type Counts = Ratio;

export interface LayerReport {
  byLevel: Record<string, Counts>;
  byCategory: Record<string, Counts>;
  recall: Counts;
  detected: Counts;
  categoryCorrect: Counts;
  falseAlarms: Counts;
  questionOver: Counts;
  questionAny: Counts;
  kbNoneAlerts: Counts;
  kbTipOver: Counts;
  kbRiskDetected: Counts;
}

const c = (): Counts => ({ hit: 0, total: 0 });
const bump = (r: Counts, ok: boolean): void => {
  r.total++;
  if (ok) r.hit++;
};

/** Computes the report; `only` restricts risk/benign/question items (e.g. to one source file). */
export function layerReport(examples: readonly Example[], assessed: readonly RiskAssessment[], only?: (e: Example) => boolean): LayerReport {
  const rep: LayerReport = {
    byLevel: Object.fromEntries(RISK_LEVELS.map((l) => [l, c()])),
    byCategory: Object.fromEntries(RISK_CATEGORIES.map((k) => [k, c()])),
    recall: c(),
    detected: c(),
    categoryCorrect: c(),
    falseAlarms: c(),
    questionOver: c(),
    questionAny: c(),
    kbNoneAlerts: c(),
    kbTipOver: c(),
    kbRiskDetected: c(),
  };
  examples.forEach((e, i) => {
    if (only && !only(e)) return;
    const a = assessed[i] as RiskAssessment;
    const rank = a.level === null ? 0 : LEVEL_RANK[a.level];
    if (e.kind === 'risk' && e.level !== undefined && e.category !== undefined) {
      const ok = rank >= LEVEL_RANK[e.level];
      bump(rep.byLevel[e.level] as Counts, ok);
      bump(rep.byCategory[e.category] as Counts, ok);
      bump(rep.recall, ok);
      bump(rep.detected, rank > 0);
      const cats = [e.category, ...(e.alt ?? [])];
      if (ok) bump(rep.categoryCorrect, a.flags.some((f) => cats.includes(f.category)));
    } else if (e.kind === 'benign') bump(rep.falseAlarms, rank > 0);
    else if (e.kind === 'question') {
      bump(rep.questionOver, rank > LEVEL_RANK.possible || a.illegalRequest !== undefined);
      bump(rep.questionAny, rank > 0);
    } else if (e.kind === 'kb_none') bump(rep.kbNoneAlerts, rank > 0);
    else if (e.kind === 'kb_tip') bump(rep.kbTipOver, rank > LEVEL_RANK.possible);
    else if (e.kind === 'kb_risk') bump(rep.kbRiskDetected, rank > 0);
  });
  return rep;
}

export function fmt(r: Counts): string {
  return r.total === 0 ? 'n/a' : `${((100 * r.hit) / r.total).toFixed(1)}% (${r.hit}/${r.total})`;
}

/** Side-by-side lines of two reports (e.g. rules alone vs rules + model). */
export function compareLines(a: LayerReport, b: LayerReport, labels: [string, string]): string[] {
  const row = (name: string, x: Counts, y: Counts): string => `  ${name.padEnd(24)} ${fmt(x).padEnd(20)} ${fmt(y)}`;
  return [
    `  ${''.padEnd(24)} ${labels[0].padEnd(20)} ${labels[1]}`,
    ...RISK_LEVELS.map((l) => row(`recall ${l}`, a.byLevel[l] as Counts, b.byLevel[l] as Counts)),
    ...RISK_CATEGORIES.map((k) => row(`  ${k}`, a.byCategory[k] as Counts, b.byCategory[k] as Counts)),
    row('recall overall', a.recall, b.recall),
    row('detected (any level)', a.detected, b.detected),
    row('category correct', a.categoryCorrect, b.categoryCorrect),
    row('false alarms (benign)', a.falseAlarms, b.falseAlarms),
    row('question over-alarms', a.questionOver, b.questionOver),
    row('question any alert', a.questionAny, b.questionAny),
    row('KB none/unlabelled alert', a.kbNoneAlerts, b.kbNoneAlerts),
    row('KB tip/open > possible', a.kbTipOver, b.kbTipOver),
    row('KB accounts detected', a.kbRiskDetected, b.kbRiskDetected),
  ];
}

import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KnowledgeBaseError, loadKnowledgeBase, inspectKnowledgeBase } from '../../src/knowledge';
import { editedFixture, entryOf, FIXTURE_DIR } from './helpers';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

/** Loads an edited copy of the fixture and returns the thrown error's message. */
function loadError(edit: Parameters<typeof editedFixture>[0]): string {
  const tmp = editedFixture(edit);
  cleanup = tmp.cleanup;
  try {
    loadKnowledgeBase(tmp.dir);
  } catch (err) {
    expect(err).toBeInstanceOf(KnowledgeBaseError);
    return (err as Error).message;
  }
  throw new Error('expected loadKnowledgeBase to throw');
}

describe('knowledge base validation', () => {
  it('loads the valid fixture with every entry and no errors', () => {
    const kb = loadKnowledgeBase(FIXTURE_DIR);
    expect(kb.entries.map((e) => e.id)).toContain('rights.min-working-age');
    expect(kb.entries).toHaveLength(12);
    expect(kb.byId('jobs.loans')?.domain).toBe('jobs');
    expect(kb.byDomain('training').map((e) => e.id)).toEqual(['training.after-grade-9', 'training.tuition']);
    expect(kb.entries[0]?.file).toBe('abroad-1.yaml');
  });

  it('rejects a duplicate id, naming both files', () => {
    const msg = loadError((files) => {
      const copy = { ...entryOf(files, 'jobs.loans') };
      files['training-1.yaml']?.push(copy);
    });
    expect(msg).toMatch(/training-1\.yaml › jobs\.loans › id: duplicate id \(first defined in jobs-1\.yaml\)/);
  });

  it('rejects a missing translation', () => {
    const msg = loadError((files) => {
      delete (entryOf(files, 'rights.hotline-111').answer as Record<string, string>).en;
    });
    expect(msg).toContain('rights-1.yaml › rights.hotline-111 › answer.en: missing translation (en)');
  });

  it('rejects a dangling related id', () => {
    const msg = loadError((files) => {
      entryOf(files, 'jobs.loans').related = ['jobs.scam-signs', 'jobs.nope'];
    });
    expect(msg).toContain('jobs-1.yaml › jobs.loans › related: points to "jobs.nope", which does not exist');
  });

  it('rejects an answer over 600 characters, in either language', () => {
    const msg = loadError((files) => {
      (entryOf(files, 'abroad.min-age').answer as Record<string, string>).vi = 'a'.repeat(601);
    });
    expect(msg).toContain('abroad-1.yaml › abroad.min-age › answer.vi: is longer than 600 characters');
  });

  it('accepts an answer of exactly 600 characters', () => {
    const tmp = editedFixture((files) => {
      (entryOf(files, 'abroad.min-age').answer as Record<string, string>).en = 'b'.repeat(600);
    });
    cleanup = tmp.cleanup;
    expect(loadKnowledgeBase(tmp.dir).byId('abroad.min-age')?.answer.en).toHaveLength(600);
  });

  it('needs at least 6 Vietnamese and 3 English questions', () => {
    const msg = loadError((files) => {
      const q = entryOf(files, 'training.tuition').questions as Record<string, string[]>;
      q.vi = q.vi?.slice(0, 5) ?? [];
      q.en = q.en?.slice(0, 2) ?? [];
    });
    expect(msg).toContain('training.tuition › questions.vi: has 5 questions, needs at least 6');
    expect(msg).toContain('training.tuition › questions.en: has 2 questions, needs at least 3');
  });

  it('rejects an unknown domain, a domain that does not match the id, and a bad date', () => {
    const msg = loadError((files) => {
      entryOf(files, 'jobs.loans').domain = 'money';
      entryOf(files, 'jobs.scam-signs').domain = 'rights';
      entryOf(files, 'training.tuition').reviewed = '2026-02-30';
      entryOf(files, 'training.after-grade-9').reviewed = '29/11/2026';
    });
    expect(msg).toMatch(/jobs\.loans › domain: must be one of rights, training/);
    expect(msg).toContain('jobs.scam-signs › id: must start with its domain "rights."');
    expect(msg).toContain('training.tuition › reviewed: is not a real calendar date');
    expect(msg).toContain('training.after-grade-9 › reviewed: must be a date written YYYY-MM-DD');
  });

  it('rejects unknown fields, unknown placeholders and a bad related count', () => {
    const msg = loadError((files) => {
      entryOf(files, 'jobs.loans').keywords = ['vay'];
      (entryOf(files, 'jobs.scam-signs').answer as Record<string, string>).vi = 'Gọi {{orgPhone}} nhé';
      entryOf(files, 'rights.hotline-111').related = [];
    });
    expect(msg).toMatch(/jobs\.loans: Unrecognized key.*keywords/);
    expect(msg).toContain('jobs.scam-signs › answer.vi: unknown placeholder {{orgPhone}}');
    expect(msg).toContain('rights.hotline-111 › related: has 0 ids, needs 1-4');
  });

  it('names the position of an entry without an id, and reports YAML syntax errors with the line', () => {
    const msg = loadError((files) => {
      delete entryOf(files, 'jobs.loans').id;
    });
    expect(msg).toMatch(/jobs-1\.yaml › #2 › id: /);
    const tmp = editedFixture(() => undefined);
    fs.appendFileSync(path.join(tmp.dir, 'jobs-1.yaml'), '\n- id: [unclosed\n');
    try {
      expect(() => loadKnowledgeBase(tmp.dir)).toThrow(/jobs-1\.yaml: YAML error at line \d+/);
    } finally {
      tmp.cleanup();
    }
  });

  it('reports every error at once, not just the first', () => {
    const tmp = editedFixture((files) => {
      entryOf(files, 'jobs.loans').related = ['x.y'];
      (entryOf(files, 'abroad.min-age').answer as Record<string, string>).vi = 'a'.repeat(700);
    });
    cleanup = tmp.cleanup;
    const errors = inspectKnowledgeBase(tmp.dir).issues.filter((i) => i.severity === 'error');
    expect(errors.map((e) => e.id).sort()).toEqual(['abroad.min-age', 'jobs.loans']);
  });

  it('warns, without failing, about style rules (unaccented and teen-code paraphrases, phone numbers)', () => {
    const tmp = editedFixture((files) => {
      const e = entryOf(files, 'jobs.loans');
      (e.questions as Record<string, string[]>).vi = ['Vay vốn ở đâu?', 'Vay được bao nhiêu?', 'Ai được vay?', 'Lãi suất thế nào?', 'Vay cần giấy tờ gì?', 'Vay bao lâu?'];
      (e.answer as Record<string, string>).vi = 'Gọi 0901 234 567 nhé.';
    });
    cleanup = tmp.cleanup;
    const { kb, issues } = inspectKnowledgeBase(tmp.dir);
    expect(issues.every((i) => i.severity === 'warning')).toBe(true);
    const problems = issues.filter((i) => i.id === 'jobs.loans').map((i) => i.problem);
    expect(problems).toContain('has 0 questions without diacritics, KB_FORMAT asks for 2');
    expect(problems).toContain('has no question in teen code (dc, ko, 15t…)');
    expect(problems.some((p) => p.includes('looks like a phone number'))).toBe(true);
    expect(kb.byId('jobs.loans')).toBeDefined();
  });

  it('checks the menu file: ids must exist and belong to the domain they are listed under', () => {
    const tmp = editedFixture(() => undefined);
    cleanup = tmp.cleanup;
    const menu = path.join(tmp.dir, '..', `${path.basename(tmp.dir)}-menu.yaml`);
    fs.writeFileSync(menu, 'rights: [rights.hotline-111, rights.nope, jobs.loans]\n');
    try {
      const issues = inspectKnowledgeBase(tmp.dir, { menuFile: menu }).issues.map((i) => `${i.id ?? ''}: ${i.problem}`);
      expect(issues).toEqual(['rights.nope: menu lists an entry that does not exist', 'jobs.loans: entry is in domain "jobs"']);
      fs.writeFileSync(menu, 'rights: [rights.hotline-111]\n');
      expect(loadKnowledgeBase(tmp.dir, { menuFile: menu }).menu).toEqual({ rights: ['rights.hotline-111'] });
    } finally {
      fs.rmSync(menu, { force: true });
    }
  });

  it('fails when the folder is missing or empty', () => {
    expect(() => loadKnowledgeBase('/nonexistent/kb')).toThrow(/content folder does not exist/);
    const tmp = editedFixture((files) => {
      for (const k of Object.keys(files)) delete files[k];
    });
    cleanup = tmp.cleanup;
    expect(() => loadKnowledgeBase(tmp.dir)).toThrow(/no \.yaml files/);
  });
});

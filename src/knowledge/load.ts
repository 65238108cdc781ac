/**
 * Loading the knowledge base: reads every YAML file of the content folder, validates it (./validate) and
 * returns an immutable `KnowledgeBase`. Called once at start-up and by `npm run kb:check`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { projectPath } from '../paths';
import { KnowledgeBaseError, type KbIssue } from './errors';
import { DOMAINS, type Domain, type Entry } from './schema';
import { validateContent, type ContentFile } from './validate';

export const CONTENT_DIR = projectPath('src', 'knowledge', 'content');
/** Which entries the topic menu shows first, per domain, in order. Owned by the engine, not the writers. */
export const MENU_FILE = projectPath('src', 'knowledge', 'menu.yaml');

const menuSchema = z.partialRecord(z.enum(DOMAINS), z.array(z.string())).default({});
export type Menu = Partial<Record<Domain, string[]>>;

/** The validated knowledge base. Entries keep file order (files sorted by name). */
export class KnowledgeBase {
  private readonly ids: Map<string, Entry>;

  constructor(
    readonly entries: readonly Entry[],
    readonly menu: Menu = {},
    /** Style warnings (never errors: those throw). */
    readonly warnings: readonly KbIssue[] = [],
  ) {
    this.ids = new Map(entries.map((e) => [e.id, e]));
  }

  byId(id: string): Entry | undefined {
    return this.ids.get(id);
  }

  byDomain(domain: Domain): Entry[] {
    return this.entries.filter((e) => e.domain === domain);
  }
}

function readYaml(file: string, label: string, issues: KbIssue[]): unknown {
  const doc = parseDocument(fs.readFileSync(file, 'utf8'), { prettyErrors: true, uniqueKeys: true });
  for (const err of doc.errors) {
    const line = err.linePos?.[0];
    issues.push({ severity: 'error', file: label, problem: `YAML error${line ? ` at line ${line.line}` : ''}: ${err.message.split('\n')[0]}` });
  }
  return doc.errors.length > 0 ? undefined : doc.toJS();
}

/** Reads the content folder's YAML files (sorted by name). Unparseable files become issues. */
export function readContentFiles(dir: string, issues: KbIssue[]): ContentFile[] {
  if (!fs.existsSync(dir)) {
    issues.push({ severity: 'error', file: dir, problem: 'content folder does not exist' });
    return [];
  }
  const names = fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  if (names.length === 0) issues.push({ severity: 'error', file: dir, problem: 'content folder has no .yaml files' });
  const files: ContentFile[] = [];
  for (const name of names) {
    const data = readYaml(path.join(dir, name), name, issues);
    if (data !== undefined) files.push({ file: name, data });
  }
  return files;
}

function readMenu(file: string, byId: Map<string, Entry>, issues: KbIssue[]): Menu {
  const label = path.basename(file);
  const parsed = menuSchema.safeParse(readYaml(file, label, issues) ?? {});
  if (!parsed.success) {
    for (const zi of parsed.error.issues) issues.push({ severity: 'error', file: label, field: zi.path.join('.'), problem: zi.message });
    return {};
  }
  for (const [domain, ids] of Object.entries(parsed.data) as [Domain, string[]][]) {
    for (const id of ids) {
      const entry = byId.get(id);
      if (!entry) issues.push({ severity: 'error', file: label, id, field: domain, problem: 'menu lists an entry that does not exist' });
      else if (entry.domain !== domain) issues.push({ severity: 'error', file: label, id, field: domain, problem: `entry is in domain "${entry.domain}"` });
    }
  }
  return parsed.data;
}

/** Options of `loadKnowledgeBase`. */
export interface LoadOptions {
  /** Menu file; default: MENU_FILE for the default content folder, none for any other folder. */
  menuFile?: string | false;
}

/**
 * Validates and loads every entry; runs every check (and reports all problems, not just the first) and returns
 * both the entries and the issues, without throwing. Used by `kb:check`.
 */
export function inspectKnowledgeBase(dir: string = CONTENT_DIR, opts: LoadOptions = {}): { kb: KnowledgeBase; issues: KbIssue[] } {
  const issues: KbIssue[] = [];
  const { entries, issues: contentIssues } = validateContent(readContentFiles(dir, issues));
  issues.push(...contentIssues);
  const menuFile = opts.menuFile ?? (path.resolve(dir) === CONTENT_DIR && fs.existsSync(MENU_FILE) ? MENU_FILE : false);
  const menu = menuFile ? readMenu(menuFile, new Map(entries.map((e) => [e.id, e])), issues) : {};
  const kb = new KnowledgeBase(entries, menu, issues.filter((i) => i.severity === 'warning'));
  return { kb, issues };
}

/**
 * Loads the knowledge base for the running bot.
 * @throws KnowledgeBaseError naming file, entry id and problem for every error: a bad file stops start-up.
 */
export function loadKnowledgeBase(dir: string = CONTENT_DIR, opts: LoadOptions = {}): KnowledgeBase {
  const { kb, issues } = inspectKnowledgeBase(dir, opts);
  if (issues.some((i) => i.severity === 'error')) throw new KnowledgeBaseError(issues);
  return kb;
}

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, readLocaleResources } from '../../src/i18n';
import { projectPath } from '../../src/paths';

/** Namespaces whose keys are generated from data files at start-up, not written in code. */
const GENERATED_NAMESPACES = new Set(['kb']);
/** Button payloads that look like `ns:key` but are values the bot matches, not locale keys (src/safety/reply.ts). */
const PAYLOADS = new Set(['safety:continue', 'safety:counselor']);

function flatten(obj: unknown, prefix: string, out: Map<string, unknown>): void {
  if (obj && typeof obj === 'object' && !Array.isArray(obj)) {
    for (const [k, v] of Object.entries(obj)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.set(prefix, obj);
}

function sourceFiles(dir: string, includePublic = false): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === 'public' && !includePublic ? [] : sourceFiles(p, includePublic);
    return /\.(ts|js)$/.test(d.name) ? [p] : [];
  });
}

const resources = readLocaleResources();
const namespaces = Object.keys(resources.vi ?? {});
/** Console browser strings: `console` and every `console-<feature>` namespace, merged as the shell merges them. */
const consoleAlias = (key: string) => key.replace(/^console-[\w-]+:/, 'console:');

const keysByLang = Object.fromEntries(
  LANGUAGES.map((lang) => {
    const flat = new Map<string, unknown>();
    for (const ns of namespaces) flatten(resources[lang]?.[ns], `${ns}:`, flat);
    return [lang, new Map([...flat].map(([k, v]) => [consoleAlias(k.replace(':.', ':')), v]))];
  }),
) as Record<string, Map<string, unknown>>;

/** Every `ns:key` literal in product code; template literals become patterns (`${x}` = one key segment). */
function usedKeys(): { literals: Set<string>; patterns: RegExp[] } {
  const literals = new Set<string>();
  const patterns: RegExp[] = [];
  const nsAlt = namespaces.join('|');
  const literal = new RegExp(`['"](${nsAlt}):([A-Za-z0-9_.]+)['"]`, 'g');
  const template = new RegExp('`(' + nsAlt + '):([A-Za-z0-9_.${}a-zA-Z?:\' ]+)`', 'g');
  for (const file of [...sourceFiles(projectPath('src')), ...sourceFiles(projectPath('dialogs'))]) {
    const code = fs.readFileSync(file, 'utf8');
    for (const m of code.matchAll(literal)) literals.add(`${m[1]}:${m[2]}`);
    for (const m of code.matchAll(template)) {
      const body = `${m[1]}:${m[2]}`;
      if (!body.includes('${')) literals.add(body);
      else patterns.push(new RegExp('^' + body.split(/\$\{[^}]*\}/).map((s) => s.replace(/[.*+?^()|[\]\\]/g, '\\$&')).join('[A-Za-z0-9_+-]+') + '$'));
    }
  }
  // Browser scripts of the console read namespace `console` with t('key') or t('prefix.' + x).
  for (const file of sourceFiles(projectPath('src', 'console', 'public'), true)) {
    const code = fs.readFileSync(file, 'utf8');
    for (const m of code.matchAll(/\bt\('([\w.]+)'(\s*\+)?/g)) {
      if (m[2]) patterns.push(new RegExp('^console:' + m[1]!.replace(/\./g, '\\.') + '[A-Za-z0-9_]+$'));
      else literals.add(`console:${m[1]}`);
    }
  }
  return { literals, patterns };
}

describe('locale files', () => {
  const vi = keysByLang.vi!;
  const en = keysByLang.en!;

  it('Vietnamese and English have exactly the same keys', () => {
    expect([...en.keys()].filter((k) => !vi.has(k))).toEqual([]);
    expect([...vi.keys()].filter((k) => !en.has(k))).toEqual([]);
  });

  it('no value is empty', () => {
    for (const [lang, keys] of Object.entries(keysByLang)) {
      const empty = [...keys].filter(([, v]) => (typeof v === 'string' && v.trim() === '') || v === null).map(([k]) => `${lang} ${k}`);
      expect(empty).toEqual([]);
    }
  });

  it('every key the code uses exists in both languages', () => {
    const { literals } = usedKeys();
    const isKnown = (key: string, keys: Map<string, unknown>) => keys.has(key) || [...keys.keys()].some((k) => k.startsWith(`${key}.`));
    const missing = [...literals].filter((k) => !PAYLOADS.has(k) && !GENERATED_NAMESPACES.has(k.split(':')[0]!)).filter((k) => !isKnown(k, vi) || !isKnown(k, en));
    expect(missing).toEqual([]);
  });

  it('no key is orphaned (each is used by the code, directly, by a template or through its parent)', () => {
    const { literals, patterns } = usedKeys();
    const used = (key: string) =>
      literals.has(key) ||
      [...literals].some((l) => key.startsWith(`${l}.`)) ||
      patterns.some((p) => p.test(key) || [...key.split('.').keys()].some((i) => p.test(key.split('.').slice(0, i + 1).join('.'))));
    const orphans = [...vi.keys()].filter((k) => !GENERATED_NAMESPACES.has(k.split(':')[0]!) && !used(k));
    expect(orphans).toEqual([]);
  });
});

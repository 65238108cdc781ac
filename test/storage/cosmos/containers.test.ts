import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../../src/paths';
import { ALL_CONTAINERS, bicepContainers, CONTAINERS } from '../../../src/storage/cosmos/containers';

const read = (f: string) => fs.readFileSync(projectPath('deploy', f), 'utf8');

describe('Cosmos DB containers', () => {
  it('deploy/cosmos-containers.json (what the Bicep templates create) is exactly what the stores expect', () => {
    expect(JSON.parse(read('cosmos-containers.json'))).toEqual(JSON.parse(JSON.stringify(bicepContainers())));
  });

  it('every container is partitioned on /pk and has an indexing policy; ids are unique', () => {
    const ids = ALL_CONTAINERS.map((n) => CONTAINERS[n].id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const n of ALL_CONTAINERS) {
      expect(CONTAINERS[n].partitionKey).toEqual({ paths: ['/pk'] });
      expect(CONTAINERS[n].indexingPolicy?.indexingMode).toBe('consistent');
    }
    // Shared database throughput (autoscale mode) allows at most 25 containers.
    expect(ids.length).toBeLessThanOrEqual(25);
  });

  it('stores with a lifetime have TTL switched on', () => {
    for (const n of ['transcripts', 'inbox', 'tokens', 'sessions', 'events'] as const) expect(CONTAINERS[n].defaultTtl).toBeDefined();
  });
});

/**
 * No Bicep compiler installs from npm or Debian (it ships from NuGet/GitHub), so CI checks what it can
 * without one; deploy/README.md says how to validate with `az bicep build` / `az deployment group what-if`.
 */
describe('Bicep templates (structure, without a compiler)', () => {
  const files = ['main.bicep', 'cosmos.bicep', 'app.bicep'];

  it.each(files)('%s: brackets balance and strings close', (f) => {
    const { code, unclosed } = stripStringsAndComments(read(f));
    expect(unclosed, `unterminated string in ${f}`).toBe(false);
    for (const [open, close] of [['{', '}'], ['[', ']'], ['(', ')']] as const) {
      expect(code.split(open).length, `${open} in ${f}`).toBe(code.split(close).length);
    }
  });

  it.each(files)('%s: every parameter is documented', (f) => {
    const lines = read(f).split('\n');
    lines.forEach((line, i) => {
      if (!line.startsWith('param ')) return;
      const before = lines.slice(Math.max(0, i - 8), i).join('\n');
      expect(before, `${line} in ${f}`).toMatch(/@description\(/);
    });
  });

  it('modules and files referenced by main.bicep exist', () => {
    const main = read('main.bicep');
    for (const m of main.matchAll(/module \w+ '([^']+)'/g)) expect(fs.existsSync(projectPath('deploy', m[1] ?? ''))).toBe(true);
    expect(read('cosmos.bicep')).toContain("loadJsonContent('cosmos-containers.json')");
  });

  it('runs at least two instances and the app on Cosmos DB with a managed identity', () => {
    expect(read('app.bicep')).toMatch(/@minValue\(2\)\nparam minReplicas int/);
    const main = read('main.bicep');
    expect(main).toMatch(/STORAGE: 'cosmos'/);
    expect(main).toMatch(/msaAppType: 'UserAssignedMSI'/);
    expect(main).toMatch(/endpoint: 'https:\/\/\$\{app\.outputs\.publicHost\}\/api\/messages'/);
    expect(main).not.toMatch(/COSMOS_KEY:/);
  });
});

/** Bicep text without its quoted strings (escaped quotes inside them skipped) and without its comments. */
function stripStringsAndComments(text: string): { code: string; unclosed: boolean } {
  let code = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i += 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return { code, unclosed: true };
      i = end + 2;
    } else if (c === "'") {
      i += 1;
      while (i < text.length && text[i] !== "'") i += text[i] === '\\' ? 2 : 1;
      if (i >= text.length) return { code, unclosed: true };
      i += 1;
      code += "''";
    } else {
      code += c;
      i += 1;
    }
  }
  return { code, unclosed: false };
}

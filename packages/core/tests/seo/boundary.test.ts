import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

// Every relative module an entry loads at run time: static and dynamic imports and re-exports,
// leaving out `import type` / `export type`, which TypeScript erases.
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:^|\n)\s*(import|export)(\s+type\b)?[^'"]*?from\s*['"](\.[^'"]+)['"]|import\s*\(\s*['"](\.[^'"]+)['"]/g)) {
      if (match[2]) continue;
      const path = match[3] ?? match[4]!;
      visit(join(dirname(file), path.replace(/\.js$/, '.ts')));
    }
  };
  visit(entry);
  return seen;
}

const relative = (files: Set<string>) => [...files].map((f) => f.slice(src.length + 1));

describe('the /seo entry boundary', () => {
  it('the browser entry does not reach src/seo (its size is budgeted)', () => {
    const files = relative(reachable(join(src, 'index.ts')));
    expect(files.length).toBeGreaterThan(1);
    expect(files.filter((f) => f.startsWith('seo/'))).toEqual([]);
  });

  it('is browser-safe: loads nothing under src/server at run time, no Node built-in, no environment', () => {
    const files = relative(reachable(join(src, 'seo', 'index.ts')));
    expect(files).toContain('seo/createSitemapHandler.ts');
    expect(files.filter((f) => f.startsWith('server/'))).toEqual([]);
    for (const file of files) {
      const text = readFileSync(join(src, file), 'utf8');
      expect(text, file).not.toMatch(/process\.env|from\s+['"]node:|\bBuffer\b|\brequire\(/);
    }
  });

  it('is a package export, types first', () => {
    const pkg = JSON.parse(readFileSync(join(src, '..', 'package.json'), 'utf8'));
    expect(Object.keys(pkg.exports['./seo'])).toEqual(['types', 'import']);
    expect(pkg.exports['./seo']).toEqual({ types: './dist/seo/index.d.ts', import: './dist/seo/index.js' });
  });
});

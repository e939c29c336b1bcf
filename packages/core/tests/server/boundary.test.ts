import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as serverEntry from '../../src/server/index.js';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

// Every relative module the browser entry reaches, following static and dynamic imports.
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)) {
      visit(join(dirname(file), match[1]!.replace(/\.js$/, '.ts')));
    }
  };
  visit(entry);
  return seen;
}

describe('entry boundary', () => {
  it('the browser entry reaches nothing under src/server', () => {
    const files = [...reachable(join(src, 'index.ts'))].map((f) => f.slice(src.length + 1));
    expect(files.length).toBeGreaterThan(1);
    expect(files.filter((f) => f.startsWith('server/'))).toEqual([]);
  });

  it('the browser-safe entries (queries, routing) reach nothing under src/server and no npm package but query-core types', () => {
    for (const entry of ['queries/index.ts', 'routing/index.ts']) {
      const files = [...reachable(join(src, entry))];
      expect(files.map((f) => f.slice(src.length + 1)).filter((f) => f.startsWith('server/')), entry).toEqual([]);
      for (const file of files) {
        const bare = [...readFileSync(file, 'utf8').matchAll(/^import\s+(?!type\b)[^'"]*['"]([^.'"][^'"]*)['"]/gm)].map((m) => m[1]);
        expect(bare, file).toEqual([]);
      }
    }
  });

  it('the server entry reads no environment and imports no Node built-in', () => {
    for (const file of reachable(join(src, 'server', 'index.ts'))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/process\.env/);
      expect(text, file).not.toMatch(/from\s+['"]node:/);
    }
  });

  it('the server entry leaves IP parsing to ipaddr.js and exports no parsers of its own', () => {
    for (const name of ['parseIp', 'parseCidr', 'ipInCidr']) expect(serverEntry).not.toHaveProperty(name);
    expect(serverEntry).toHaveProperty('resolveClientIp');
  });
});

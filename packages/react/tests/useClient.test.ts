// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const firstStatement = (code: string) => code.replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '').split(/;|\n/)[0];

// React Server Components (Next.js App Router, React Router's RSC mode) treat a module as client
// code only when its first statement is the 'use client' directive; a bundler drops a directive
// anywhere else, so the check is on the first statement, in the sources and in what is published.
describe("'use client'", () => {
  for (const dir of ['src', 'dist']) {
    it(`starts every ${dir} module that uses React, and not the barrel (a Server Component imports from it)`, () => {
      if (dir === 'dist' && !existsSync(`${pkg}dist/index.js`)) throw new Error('no dist: run `pnpm exec turbo run build --filter=@bc-headless/react` first');
      const modules = readdirSync(`${pkg}${dir}`).filter((f) => /\.(tsx?|js)$/.test(f) && !f.endsWith('.d.ts'));
      expect(modules.length).toBeGreaterThan(20);
      for (const file of modules) {
        const expected = file.startsWith('index.') ? false : true;
        expect([file, firstStatement(readFileSync(`${pkg}${dir}/${file}`, 'utf8')) === "'use client'"]).toEqual([file, expected]);
      }
    });
  }
});

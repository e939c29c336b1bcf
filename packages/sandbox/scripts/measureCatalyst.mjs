#!/usr/bin/env node
// Measures how much of BigCommerce's Catalyst storefront the sandbox schema can answer: every
// gql.tada `graphql()` operation in Catalyst's `core/` is rebuilt with its fragments and validated
// (graphql-js `validate()`) against `schema/sandbox.graphql`. It reads a Catalyst checkout as a
// git directory (`git ls-tree` / `git cat-file`), so nothing of Catalyst is copied into this repo.
//
//   node scripts/measureCatalyst.mjs [--repo DIR] [--commit REV] [--json] [--by-gap] [--errors N] [--execute]
//
// Defaults: --repo /work/.mirror/bigcommerce+catalyst/repo, --commit HEAD, --errors 3.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate, Kind } from 'graphql';

const require = createRequire(import.meta.url);
// typescript is a root devDependency; resolve it from the repository root.
const ts = require(require.resolve('typescript', { paths: [path.resolve(fileURLToPath(import.meta.url), '../../../..')] }));

const USAGE =
  'usage: measureCatalyst.mjs [--repo GIT_DIR] [--commit REV] [--schema SDL] [--json] [--by-gap] [--errors N] [--execute]';

export function parseArgs(argv) {
  const options = {
    repo: '/work/.mirror/bigcommerce+catalyst/repo',
    commit: 'HEAD',
    schema: fileURLToPath(new URL('../schema/sandbox.graphql', import.meta.url)),
    json: false,
    byGap: false,
    execute: false,
    errors: 3,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const next = argv[(i += 1)];
      if (next === undefined) throw new Error(`measureCatalyst: ${arg} needs a value. ${USAGE}`);
      return next;
    };
    if (arg === '--repo') options.repo = value();
    else if (arg === '--commit') options.commit = value();
    else if (arg === '--schema') options.schema = value();
    else if (arg === '--json') options.json = true;
    else if (arg === '--by-gap') options.byGap = true;
    else if (arg === '--execute') options.execute = true;
    else if (arg === '--errors') options.errors = Number(value());
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`measureCatalyst: unknown argument ${arg}. ${USAGE}`);
  }
  return options;
}

function git(repo, args, input) {
  return execFileSync('git', ['--git-dir', repo, ...args], { input, maxBuffer: 256 * 1024 * 1024 });
}

/** Reads every `core/**\/*.ts(x)` file at the commit in one `git cat-file --batch`. */
function readCoreFiles(repo, commit) {
  const names = git(repo, ['ls-tree', '-r', '--name-only', commit, '--', 'core'])
    .toString('utf8')
    .split('\n')
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts') && !name.includes('/node_modules/'));
  const out = git(repo, ['cat-file', '--batch'], names.map((name) => `${commit}:${name}`).join('\n') + '\n');
  const files = new Map();
  let offset = 0;
  for (const name of names) {
    const headerEnd = out.indexOf(10, offset);
    const header = out.subarray(offset, headerEnd).toString('utf8');
    const size = Number(header.split(' ')[2]);
    if (!Number.isFinite(size)) throw new Error(`measureCatalyst: git cat-file could not read ${name} (${header})`);
    files.set(name, out.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8'));
    offset = headerEnd + 1 + size + 1;
  }
  return files;
}

/** The gql.tada calls of one file: `graphql(\`…\`, [Fragment, …])`, with the constant each is bound to. */
function extractCalls(fileName, text) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const calls = [];
  const imports = new Map(); // local name -> { module, imported }
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const bindings = node.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          imports.set(element.name.text, {
            module: node.moduleSpecifier.text,
            imported: (element.propertyName ?? element.name).text,
          });
        }
      }
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'graphql') {
      const [documentArg, fragmentsArg] = node.arguments;
      if (documentArg && (ts.isNoSubstitutionTemplateLiteral(documentArg) || ts.isStringLiteral(documentArg))) {
        const fragments = [];
        if (fragmentsArg && ts.isArrayLiteralExpression(fragmentsArg)) {
          for (const element of fragmentsArg.elements) {
            if (ts.isIdentifier(element)) fragments.push(element.text);
          }
        }
        const parent = node.parent;
        const boundTo = parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) ? parent.name.text : undefined;
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        calls.push({ file: fileName, line: line + 1, boundTo, document: documentArg.text, fragments });
      } else if (documentArg) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        calls.push({ file: fileName, line: line + 1, boundTo: undefined, document: undefined, fragments: [] });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { calls, imports };
}

/** Resolves an import specifier of `fromFile` (`~/…` is Catalyst's alias of `core/`) to a file read. */
function resolveModule(files, fromFile, specifier) {
  let base;
  if (specifier.startsWith('~/')) base = `core/${specifier.slice(2)}`;
  else if (specifier.startsWith('.')) base = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
  else return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (files.has(candidate)) return candidate;
  }
  return undefined;
}

/** Every Catalyst operation at the commit, with its document (its fragments appended) and its validation errors. */
export function measure(options) {
  const files = readCoreFiles(options.repo, options.commit);
  const resolvedCommit = git(options.repo, ['rev-parse', options.commit]).toString('utf8').trim();
  const perFile = new Map();
  for (const [name, text] of files) perFile.set(name, extractCalls(name, text));

  // constant name -> calls bound to it, by file (fragments are exported/imported constants).
  const byFileAndName = new Map();
  const byName = new Map();
  for (const { calls } of perFile.values()) {
    for (const call of calls) {
      if (!call.boundTo) continue;
      byFileAndName.set(`${call.file}#${call.boundTo}`, call);
      byName.set(call.boundTo, [...(byName.get(call.boundTo) ?? []), call]);
    }
  }
  const unresolved = [];
  const resolveFragment = (fromFile, localName) => {
    const local = byFileAndName.get(`${fromFile}#${localName}`);
    if (local) return local;
    const imported = perFile.get(fromFile)?.imports.get(localName);
    if (imported) {
      const target = resolveModule(files, fromFile, imported.module);
      const found = target && byFileAndName.get(`${target}#${imported.imported}`);
      if (found) return found;
      const sameName = byName.get(imported.imported);
      if (sameName?.length === 1) return sameName[0]; // re-exported through an index file
    }
    const sameName = byName.get(localName);
    if (sameName?.length === 1) return sameName[0];
    unresolved.push(`${localName} (used in ${fromFile})`);
    return undefined;
  };

  const schema = buildSchema(readFileSync(options.schema, 'utf8'));
  const operations = [];
  for (const { calls } of perFile.values()) {
    for (const call of calls) {
      if (call.document === undefined) continue;
      let ast;
      try {
        ast = parse(call.document);
      } catch (error) {
        operations.push({ name: call.boundTo ?? '(anonymous)', file: call.file, line: call.line, errors: [String(error.message)] });
        continue;
      }
      const definitions = ast.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
      if (definitions.length === 0) continue; // a fragment, counted through the operations using it
      // Collect the fragments transitively, each once (by the call it comes from).
      const seen = new Set([call]);
      const queue = call.fragments.map((name) => [call.file, name]);
      const parts = [call.document];
      while (queue.length > 0) {
        const [fromFile, name] = queue.shift();
        const fragment = resolveFragment(fromFile, name);
        if (!fragment || seen.has(fragment)) continue;
        seen.add(fragment);
        parts.push(fragment.document);
        for (const next of fragment.fragments) queue.push([fragment.file, next]);
      }
      const document = parts.join('\n');
      let errors;
      try {
        errors = validate(schema, parse(document)).map((error) => error.message);
      } catch (error) {
        errors = [String(error.message)];
      }
      const operation = definitions[0];
      operations.push({
        name: operation.name?.value ?? call.boundTo ?? '(anonymous)',
        kind: operation.operation,
        file: call.file,
        line: call.line,
        document,
        errors,
      });
    }
  }
  operations.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { commit: resolvedCommit, operations, unresolved: [...new Set(unresolved)] };
}

/** Names what an error says is missing: a type, a field, an argument or an enum value. */
function gapOf(message) {
  let match = /^Cannot query field "([^"]+)" on type "([^"]+)"/.exec(message);
  if (match) return `${match[2]}.${match[1]}`;
  match = /^Unknown type "([^"]+)"/.exec(message);
  if (match) return `type ${match[1]}`;
  match = /^Unknown argument "([^"]+)" on field "([^"]+)"/.exec(message);
  if (match) return `${match[2]}(${match[1]}:)`;
  match = /^Field "([^"]+)" is not defined by type "([^"]+)"/.exec(message);
  if (match) return `${match[2]}.${match[1]} (input)`;
  match = /^Value "([^"]+)" does not exist in "([^"]+)" enum/.exec(message);
  if (match) return `${match[2]}.${match[1]} (enum)`;
  return message;
}

function byGap(operations) {
  const counts = new Map();
  for (const operation of operations) {
    for (const gap of new Set(operation.errors.map(gapOf))) {
      counts.set(gap, [...(counts.get(gap) ?? []), operation.name]);
    }
  }
  return [...counts.entries()]
    .map(([gap, names]) => ({ gap, operations: names.length, names }))
    .sort((a, b) => b.operations - a.operations || a.gap.localeCompare(b.gap));
}

/** `--execute`: runs the valid queries against a fresh sandbox (from dist/: build first). */
async function execute(operations) {
  const { createSandbox } = await import('../dist/index.js');
  const { executeQueries } = await import('./executeCatalystQueries.mjs');
  const sandbox = await createSandbox({ logger: { error() {} } });
  try {
    const results = await executeQueries(operations, sandbox);
    const run = results.filter((r) => !r.skipped);
    const clean = run.filter((r) => r.guestErrors.length === 0 && r.customerErrors.length === 0);
    console.log(`${clean.length} of ${run.length} valid queries answer without errors as a guest and as a customer (${results.length - run.length} skipped)`);
    for (const r of results) {
      if (r.skipped) console.log(`  - ${r.name}: skipped, ${r.skipped}`);
      else if (r.guestErrors.length || r.customerErrors.length) console.log(`  ✗ ${r.name}: ${[...r.guestErrors, ...r.customerErrors][0]}`);
    }
  } finally {
    await sandbox.close();
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const { commit, operations, unresolved } = measure(options);
  if (options.execute) {
    await execute(operations);
    return;
  }
  const passing = operations.filter((operation) => operation.errors.length === 0).length;
  const summary = `${passing} of ${operations.length} operations validate (catalyst ${commit.slice(0, 9)})`;
  if (options.json) {
    const report = {
      commit,
      passing,
      total: operations.length,
      operations: operations.map(({ document, ...rest }) => rest),
      unresolvedFragments: unresolved,
    };
    if (options.byGap) report.gaps = byGap(operations);
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  console.log(summary);
  if (unresolved.length > 0) console.log(`unresolved fragment constants: ${unresolved.join(', ')}`);
  if (options.byGap) {
    console.log('\noperations blocked, per missing type/field:');
    for (const { gap, operations: count } of byGap(operations)) console.log(`${String(count).padStart(4)}  ${gap}`);
    return;
  }
  for (const operation of operations) {
    if (operation.errors.length === 0) continue;
    console.log(`\n✗ ${operation.name} (${operation.file}:${operation.line}) — ${operation.errors.length} error(s)`);
    for (const error of operation.errors.slice(0, options.errors)) console.log(`    ${error}`);
  }
}

// Runs only as a command, so that tests and tools can import `measure`.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

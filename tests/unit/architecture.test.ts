/**
 * The plugin's shape, held by a test (a shape rule holds only while a test
 * guards it): data flows one way through its folders (../shared/DESIGN.md,
 * "Architecture"), no import cycle, and no file or function grows past what
 * a reader takes in at once.
 */
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import ts from 'typescript';
import {repoRoot} from '../support/site.ts';

const src = path.join(repoRoot, 'plugin/src');

/**
 * The folders in the order data flows: a file may import from its own folder
 * and from earlier ones only. forms/ and outputs/ stand side by side (neither
 * imports the other); client/ and theme/ run in the browser and take what
 * they share from model/ (theme/ through the package's client entry).
 */
const LAYERS: Record<string, number> = {upstream: 0, model: 1, read: 2, site: 3, render: 4, forms: 5, outputs: 5, docusaurus: 6, client: 2, theme: 7};
const ROOT_FILES = new Set(['index.ts', 'theme-classification.d.ts']);

function sources(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const files = sources(src);
const folderOf = (file: string) => path.relative(src, file).split(path.sep)[0]!;
const rel = (file: string) => path.relative(src, file).split(path.sep).join('/');

/** The files of the plugin a file imports (relative imports; `import type` too: a type is a dependency of the reader's mind). */
function importsOf(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && ts.isStringLiteral(node.arguments[0]!)) {
      specifiers.push((node.arguments[0] as ts.StringLiteral).text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => {
      const base = path.resolve(path.dirname(file), specifier);
      return [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')].find((candidate) => fs.existsSync(candidate)) ?? base;
    });
}

const graph = new Map(files.map((file) => [file, importsOf(file)]));

/** Strongly connected components of more than one file, or a file importing itself (Tarjan). */
function cycles(): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const connect = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter);
    counter += 1;
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) {
        continue;
      }
      if (!index.has(next)) {
        connect(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || graph.get(file)!.includes(file)) {
        found.push(component.map(rel).sort());
      }
    }
  };
  for (const file of files) {
    if (!index.has(file)) {
      connect(file);
    }
  }
  return found;
}

/** Every function-like node of a file longer than `limit` lines: `file:line name (lines)`. */
function longFunctions(file: string, limit: number): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const long: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (end - start + 1 > limit) {
        const name = node.name && ts.isIdentifier(node.name) ? node.name.text : '(anonymous)';
        long.push(`${rel(file)}:${start + 1} ${name} (${end - start + 1} lines)`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return long;
}

describe('the plugin\'s shape', () => {
  it('every file of plugin/src is in a folder of the flow, or is the package entry or the theme contract', () => {
    const stray = files.filter((file) => !(folderOf(file) in LAYERS) && !ROOT_FILES.has(rel(file)));
    assert.deepEqual(stray.map(rel), []);
  });

  it('no import runs against the flow: model → read → site → render → forms | outputs → docusaurus', () => {
    const against: string[] = [];
    for (const [file, imports] of graph) {
      const from = folderOf(file);
      for (const target of imports) {
        const to = folderOf(target);
        if (!(from in LAYERS) || !(to in LAYERS) || from === to) {
          continue;
        }
        if (LAYERS[to]! > LAYERS[from]! || (LAYERS[to] === LAYERS[from] && from !== to)) {
          against.push(`${rel(file)} → ${rel(target)}`);
        }
      }
    }
    assert.deepEqual(against, []);
  });

  it('no import cycle', () => {
    assert.deepEqual(cycles(), []);
  });

  it('the graph is read: the flow has arrows to hold (a test that cannot fail is no test)', () => {
    const arrows = [...graph.values()].reduce((sum, imports) => sum + imports.length, 0);
    assert.ok(arrows > 150, `${arrows} imports read`);
    assert.ok(graph.get(path.join(src, 'forms/index.ts'))!.includes(path.join(src, 'read/collect/walk.ts')));
  });

  it('no file over 300 lines, no function over 70', () => {
    const longFiles = files
      .map((file) => [rel(file), fs.readFileSync(file, 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > 300)
      .map(([file, lines]) => `${file} (${lines} lines)`);
    assert.deepEqual(longFiles, []);
    assert.deepEqual(files.flatMap((file) => longFunctions(file, 70)), []);
  });
});

describe('what loading the plugin costs', () => {
  /** The packages (under node_modules) a fresh Node process holds after requiring these files of plugin/lib. */
  function loadedPackages(files: readonly string[]): string[] {
    const script = `${files.map((file) => `require(${JSON.stringify(path.join(repoRoot, 'plugin/lib', file))});`).join('')}
      const names = new Set(Object.keys(require.cache).map((file) => /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(file)?.[1]).filter(Boolean));
      console.log(JSON.stringify([...names]));`;
    const output = execFileSync(process.execPath, ['-e', script], {cwd: repoRoot, encoding: 'utf8'});
    return JSON.parse(output) as string[];
  }

  it('the YAML parser loads only for a site with a registry (it took half the time the remark plugin took to load)', () => {
    assert.ok(!loadedPackages(['index.js', 'docusaurus/remark.js']).includes('yaml'), 'the plugin and its remark plugin load without yaml');
    assert.ok(loadedPackages(['read/registry/index.js']).includes('yaml'), 'the registry reader loads it');
  });
});

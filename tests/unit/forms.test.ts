/**
 * The forms' registry (plugin/src/forms/index.ts): each form is one module
 * and one line there. What follows from the list — the quick pre-check, the
 * directives the walk claims, the components, their chunks, the swizzle
 * config and the theme's type contract — is held against it here.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {COMPONENTS, componentsModule, DEFAULT_KINDS, DEFAULT_LEVELS, FORMS, collect, formatProblem, IMPORTED_COMPONENTS, mayClassify, PAGE_COMPONENTS} from '../support/internals.ts';
import {parse} from '../support/pipeline.ts';
import {repoRoot} from '../support/site.ts';
import {getSwizzleConfig} from 'docusaurus-plugin-classification';

const taxonomy = {levels: DEFAULT_LEVELS, kinds: DEFAULT_KINDS};
const theme = path.join(repoRoot, 'plugin/src/theme');
const names = Object.values(COMPONENTS).map((component) => component.name).sort();

describe('the forms', () => {
  it('each own directive is in the plugin\'s namespace, once, and the quick pre-check sees it', () => {
    const directives = FORMS.flatMap((form) => ('directive' in form && form.directive ? [form.directive.name] : []));
    assert.ok(directives.length >= 3, directives.join());
    assert.equal(new Set(directives).size, directives.length);
    for (const name of directives) {
      assert.match(name, /^classification(-[a-z]+)*$/);
      assert.equal(mayClassify(`Text.\n\n::${name}\n`, {}, taxonomy), true, name);
    }
    assert.equal(mayClassify('Image classification, a ratio of 16:9.\n', {}, taxonomy), false);
  });

  it('a form\'s own directive with the wrong colons is reported with the form\'s name', async () => {
    for (const form of FORMS.filter((candidate) => 'directive' in candidate && candidate.directive)) {
      const name = (form as {directive: {name: string}}).directive.name;
      const collection = await collect(parse(`:::${name}\n:::\n`, '/site/docs/page.md'), {taxonomy, frontMatter: {}});
      assert.deepEqual(collection.problems.map((problem) => formatProblem(problem, undefined)), [`<input>:1:1: :::${name} must be written with two colons; expected ::${name}{…} on a line of its own (write ::${name})`]);
    }
  });

  it('the components pages may import are the forms\' and the page\'s, each from its chunk: the components module exports exactly them', () => {
    const rendered = new Set<string>([...FORMS.flatMap((form) => [...form.components]), ...PAGE_COMPONENTS]);
    assert.deepEqual([...IMPORTED_COMPONENTS].sort(), [...rendered].sort());
    const module = componentsModule(IMPORTED_COMPONENTS);
    const loaded = [...module.matchAll(/lazy\(\(\) => import\(\/\* webpackChunkName: "([\w-]+)" \*\/ '@theme\/(\w+)'\)\)/g)];
    assert.deepEqual(
      loaded.map(([, chunk, themeName]) => `${themeName} ${chunk}`).sort(),
      [...rendered].map((key) => `${COMPONENTS[key as keyof typeof COMPONENTS].name} ${(COMPONENTS[key as keyof typeof COMPONENTS] as {chunk?: string}).chunk}`).sort(),
    );
    const exported = [...module.matchAll(/export (?:const|function) (\w+)/g)].map(([, name]) => name);
    assert.deepEqual(exported.sort(), [...rendered].map((key) => COMPONENTS[key as keyof typeof COMPONENTS].name).sort());
    // The reader control, which needs the browser's storage, loads its chunk once the page has hydrated.
    assert.match(module, /export function ClassificationReaderControl\(props\) \{\n {2}return useHydrated\(\) \? createElement\(Suspense, \{fallback: null\}, createElement\(LazyClassificationReaderControl, props\)\) : null;/);
    // Parts and pages are imported by components and routes, never by a page: no chunk of their own.
    assert.throws(() => componentsModule(['Meta']), /ClassificationMeta has no chunk/);
  });

  it('every component of the list is a theme folder, a module of theme-classification.d.ts and a swizzle entry, and nothing else is', () => {
    const folders = fs.readdirSync(theme, {withFileTypes: true}).filter((entry) => entry.isDirectory() && entry.name.startsWith('Classification')).map((entry) => entry.name);
    assert.deepEqual(folders.sort(), names);
    for (const name of names) {
      assert.ok(fs.existsSync(path.join(theme, name, 'index.tsx')), `${name}/index.tsx`);
    }
    const contract = fs.readFileSync(path.join(repoRoot, 'plugin/src/theme-classification.d.ts'), 'utf8');
    const declared = [...contract.matchAll(/declare module '@theme\/(\w+)'/g)].map((match) => match[1]!);
    assert.deepEqual(declared.sort(), names);
    assert.deepEqual(Object.keys(getSwizzleConfig().components).sort(), names);
  });
});

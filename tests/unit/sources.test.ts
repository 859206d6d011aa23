/**
 * Registry sources: TypeDoc's JSON and API Extractor's .api.json made by the
 * real tools from the demo's package (site/packages/widgets), an OpenAPI
 * document, and a module: their items equal what the tags say, they meet
 * the registry's one validation, and a generated page that an item names
 * gets its banner and its place in the index.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {before, describe, it} from 'node:test';
import {displayPath, loadRegistries, normalizeOptions, type Options} from '../support/internals.ts';
import {apiExtractorJson, typedocJson, WIDGETS} from '../support/sources.ts';
import {compileWithDocusaurus} from '../support/docusaurus.ts';
import {loadPlugin} from '../support/plugin-load.ts';

let dir: string;
let typedoc: string;
let apiJson: string;

const write = (name: string, text: string): string => {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, text);
  return file;
};

/** The registry of these options' sources: each item's id, level, since, replacement and page, and the problems. */
function registryOf(registry: Options['registry'], extra: Options = {}) {
  const options = normalizeOptions({...extra, registry});
  const sources = options.registry!.map((source) => ({...source, path: path.resolve(dir, source.path)}));
  const loaded = loadRegistries(sources, {levels: options.levels, kinds: options.kinds});
  const items = [...(loaded.registry?.items.values() ?? [])].map((item) => [item.id, item.level, item.since ?? '', item.replacement ?? '', item.page ?? '']);
  return {items, problems: loaded.problems, registry: loaded.registry};
}

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'classification-sources-'));
  typedoc = await typedocJson(path.join(dir, 'typedoc.json'));
  apiJson = await apiExtractorJson(dir);
});

describe('TypeDoc', () => {
  it("reads each tagged declaration, TypeDoc's cascade to members, @deprecated with its replacement, @since, and leaves @internal out", () => {
    const {items, problems} = registryOf([{typedoc, pages: 'api'}]);
    assert.deepEqual(problems, []);
    assert.deepEqual(items, [
      ['Widget', 'beta', '2.1', '', 'api/classes/Widget'],
      ['Widget.constructor', 'beta', '', '', 'api/classes/Widget#constructor'],
      ['Widget.label', 'beta', '', '', 'api/classes/Widget#label'],
      ['Widget.render', 'beta', '', '', 'api/classes/Widget#render'],
      ['Widget.renderFast', 'alpha', '', '', 'api/classes/Widget#renderFast'],
      ['WidgetLayout', 'alpha', '', '', 'api/interfaces/WidgetLayout'],
      ['WidgetLayout.span', 'alpha', '', '', 'api/interfaces/WidgetLayout#span'],
      ['createWidget', 'stable', '1.0', '', 'api/functions/createWidget'],
      // `@since 1.0` says when it came, not when it was deprecated: no since.
      ['makeWidget', 'deprecated', '', 'createWidget', 'api/functions/makeWidget'],
    ]);
  });

  it('overloads, a static and an instance member of one name, and a namespace: each as TypeDoc declares it', async () => {
    const shapes = path.join(dir, 'shapes');
    fs.mkdirSync(path.join(shapes, 'src'), {recursive: true});
    fs.copyFileSync(path.join(WIDGETS, 'tsconfig.json'), path.join(shapes, 'tsconfig.json'));
    fs.writeFileSync(path.join(shapes, 'package.json'), '{"name": "shapes", "version": "1.0.0"}\n');
    fs.writeFileSync(
      path.join(shapes, 'src/index.ts'),
      [
        '/** A shape. @beta */',
        'export class Shape {',
        '  /** Makes one. */',
        '  static create(): Shape { return new Shape(); }',
        '  /** Copies it. */',
        '  create(): Shape { return new Shape(); }',
        '}',
        '/** From two numbers. @deprecated Pass an options object instead. */',
        'export function make(a: number, b: number): Shape;',
        '/** From options. @since 1.2 */',
        'export function make(options: {a: number}): Shape;',
        'export function make(..._args: unknown[]): Shape { return new Shape(); }',
        '/** Map projections. @beta */',
        'export namespace Projection {',
        '  /** Mercator. */',
        '  export function mercator(): number { return 1; }',
        '}',
        '',
      ].join('\n'),
    );
    const json = await typedocJson(path.join(dir, 'shapes.json'), shapes);
    const {items, problems} = registryOf([{typedoc: json, pages: 'api'}]);
    assert.deepEqual(problems, []);
    assert.deepEqual(items, [
      ['Projection', 'beta', '', '', ''],
      // A namespace's members get no page: where typedoc-plugin-markdown puts them is its own layout.
      ['Projection.mercator', 'beta', '', '', ''],
      ['Shape', 'beta', '', '', 'api/classes/Shape'],
      ['Shape.constructor', 'beta', '', '', 'api/classes/Shape#constructor'],
      ['Shape.create', 'beta', '', '', 'api/classes/Shape#create'],
      ['Shape.create (static)', 'beta', '', '', 'api/classes/Shape#create'],
      // One deprecated overload of two leaves the function as it is.
      ['make', 'stable', '1.2', '', 'api/functions/make'],
    ]);
    // TypeDoc's JSON is a project; another JSON (here API Extractor's) is refused, not read as none.
    assert.match(registryOf([{typedoc: apiJson}]).problems[0]!, /: not TypeDoc's JSON: its root is no TypeDoc project \(kind 1\)/);
  });

  it('follows the levels map: @experimental as beta, @internal kept as alpha', () => {
    const {items} = registryOf([{typedoc, levels: {'@experimental': 'beta', '@internal': 'alpha'}}]);
    assert.deepEqual(
      items.filter(([id]) => id === 'WidgetLayout' || id === 'resetWidgets').map(([id, level]) => [id, level]),
      [
        ['WidgetLayout', 'beta'],
        ['resetWidgets', 'alpha'],
      ],
    );
  });

  it('names the file of a source that is not TypeDoc JSON', () => {
    const broken = write('broken.json', '{"children": [');
    const {problems, registry} = registryOf([{typedoc: broken}]);
    assert.equal(registry, undefined);
    assert.match(problems[0]!, new RegExp(`^${displayPath(broken)}: not TypeDoc's JSON: .*; expected TypeDoc's JSON \\(write it with \`typedoc --json <file>\`\\)$`));
  });
});

describe('API Extractor', () => {
  it('reads releaseTag (inherited, never more mature than the container), @deprecated from the doc comment, and api-documenter pages', () => {
    const {items, problems} = registryOf([{apiExtractor: apiJson, pages: 'api'}]);
    assert.deepEqual(problems, []);
    assert.deepEqual(items, [
      ['createWidget', 'stable', '1.0', '', 'api/widgets.createwidget'],
      ['makeWidget', 'deprecated', '', 'createWidget', 'api/widgets.makewidget'],
      ['Widget', 'beta', '2.1', '', 'api/widgets.widget'],
      // api-documenter names a constructor's page after its display name, "(constructor)".
      ['Widget.constructor', 'beta', '', '', 'api/widgets.widget._constructor_'],
      ['Widget.label', 'beta', '', '', 'api/widgets.widget.label'],
      ['Widget.render', 'beta', '', '', 'api/widgets.widget.render'],
      ['WidgetLayout', 'stable', '', '', 'api/widgets.widgetlayout'],
      ['WidgetLayout.span', 'stable', '', '', 'api/widgets.widgetlayout.span'],
    ]);
  });
});

describe('API Extractor in a site', () => {
  it("each item is the page api-documenter writes for it: the index, and the page's banner, say its release tag", async () => {
    const {items} = registryOf([{apiExtractor: apiJson, pages: 'api'}]);
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'classification-api-extractor-'));
    // The pages api-documenter writes (one per item), plain: nothing in them classifies them.
    const docs = ['docs/index.md', ...items.map(([, , , , page]) => `docs/${page}.md`)];
    for (const doc of docs) {
      fs.mkdirSync(path.dirname(path.join(site, doc)), {recursive: true});
      fs.writeFileSync(path.join(site, doc), `# ${path.basename(doc, '.md')}\n`);
    }
    const {data} = await loadPlugin(site, {registry: {apiExtractor: apiJson, pages: 'api'}, includeStable: true}, docs);
    const entries = JSON.parse(data.get('index-default.json')!).entries as Record<string, string>[];
    assert.deepEqual(
      entries.map((entry) => [entry.ref, entry.level, entry.form, entry.permalink]).sort(),
      items.map(([id, level, , , page]) => [id, level, 'page', `/${page}`]).sort(),
    );
    const page = path.join(site, 'docs/api/widgets.widget.render.md');
    const {code} = await compileWithDocusaurus(fs.readFileSync(page, 'utf8'), {filePath: page, siteDir: site});
    assert.match(code, /_ClassificationBanner, \{[^]*?level: "beta"/);
  });
});

const OPENAPI = `openapi: 3.0.3
info: {title: Pets, version: '1.0'}
paths:
  /pets:
    get:
      operationId: listPets
      summary: List pets
      x-stability-level: beta
      parameters:
        - name: legacyFilter
          in: query
          deprecated: true
        - $ref: '#/components/parameters/Page'
    post:
      summary: Add a pet
  /pets/{id}:
    parameters:
      - name: tenant
        in: header
        x-beta: true
    delete:
      summary: Remove a pet
      deprecated: true
    put:
      operationId: replacePet
      x-beta: true
components:
  parameters:
    Page:
      name: page
      in: query
      deprecated: true
  schemas:
    Pet:
      type: object
      properties:
        tag:
          type: string
          x-stability-level: alpha
`;

describe('OpenAPI', () => {
  it('reads operations, parameters and schema properties that are marked; an id is the operationId, else method and path', () => {
    const file = write('openapi.yaml', OPENAPI);
    const {items, problems} = registryOf([{openapi: file, pages: 'api/pets'}]);
    assert.deepEqual(problems, []);
    assert.deepEqual(items, [
      ['listPets', 'beta', '', '', 'api/pets/list-pets'],
      ['listPets.legacyFilter', 'deprecated', '', '', ''],
      // A parameter by $ref, and the path's parameters for each of its operations.
      ['listPets.page', 'deprecated', '', '', ''],
      ['DELETE /pets/{id}', 'deprecated', '', '', 'api/pets/remove-a-pet'],
      ['DELETE /pets/{id}.tenant', 'beta', '', '', ''],
      ['replacePet', 'beta', '', '', 'api/pets/replace-pet'],
      ['replacePet.tenant', 'beta', '', '', ''],
      ['Pet.tag', 'alpha', '', '', ''],
    ]);
    // Another document (here TypeDoc's JSON) is refused, not read as one without items.
    assert.match(registryOf([{openapi: typedoc}]).problems[0]!, /: not an OpenAPI 3 document: it has no "openapi: 3\.x" field/);
  });

  it("names an operation's page as docusaurus-plugin-openapi-docs does, with lodash's kebabCase", async () => {
    const {kebabCase} = await import('../../plugin/lib/read/registry/sources/openapi.js');
    // What lodash 4.17's kebabCase gives for each.
    const cases = {"Get user's pets": 'get-users-pets', 'Créer un animal': 'creer-un-animal', get2FAStatus: 'get-2-fa-status', getHTTPResponse: 'get-http-response', XMLHttpRequest: 'xml-http-request', getUsersV2: 'get-users-v-2', foo_bar: 'foo-bar'};
    assert.deepEqual(Object.fromEntries(Object.keys(cases).map((text) => [text, kebabCase(text)])), cases);
  });

  it('reports a stability value the levels map does not name at its line and column, and keeps the other items', () => {
    const file = write('openapi-ga.yaml', OPENAPI.replace('x-stability-level: beta', 'x-stability-level: ga'));
    const {items, problems} = registryOf([{openapi: file}]);
    assert.deepEqual(problems, [
      `${displayPath(file)}:8:26: "listPets" is marked "ga", which the source's levels map does not name; expected one of alpha, beta, experimental, stable, deprecated (add it to the source's levels in the registry option, with the level it means (levels: {'ga': '…'}), or false to leave such items out)`,
    ]);
    assert.equal(items.length, 7);
    assert.equal(registryOf([{openapi: file, levels: {ga: 'stable'}}]).items[0]![1], 'stable');
  });
});

describe('every source', () => {
  it('one validation: an item a module gives with an unknown level is reported at its place in the module', () => {
    const file = write('status.mjs', "export default () => [{id: 'queue', title: 'Queue', kind: 'api', level: 'beat'}, {id: 'cache', title: 'Cache', kind: 'api', level: 'beta'}];\n");
    // A module runs only where the read can wait (readRegistry); loadRegistries takes what it gave.
    return import('../support/internals.ts').then(async ({readRegistry, DEFAULT_LEVELS, DEFAULT_KINDS}) => {
      const options = normalizeOptions({registry: [{module: file}]});
      const {problems, registry} = await readRegistry(options.registry!, {levels: DEFAULT_LEVELS, kinds: DEFAULT_KINDS});
      assert.equal(problems.length, 1);
      assert.match(problems[0]!, new RegExp(`^${displayPath(file)}#/0: unknown level "beat" in "queue"; expected one of alpha, beta, stable, deprecated`));
      assert.deepEqual([...registry!.items.keys()], ['cache']);
    });
  });

  it('bad input names the source: a file that is not there, a module that throws or gives no items, an .api.json that is none', async () => {
    const {readRegistry, DEFAULT_LEVELS, DEFAULT_KINDS} = await import('../support/internals.ts');
    const taxonomy = {levels: DEFAULT_LEVELS, kinds: DEFAULT_KINDS};
    const read = (registry: Options['registry']) => readRegistry(normalizeOptions({registry}).registry!.map((source) => ({...source, path: path.resolve(dir, source.path)})), taxonomy);
    await assert.rejects(read({typedoc: 'gone.json'}), {message: `docusaurus-plugin-classification: the registry source (typedoc) ${path.join(dir, 'gone.json')} does not exist; create it or fix the registry option`});
    const throwing = write('throws.mjs', "export default async () => { throw new Error('no status service'); };\n");
    const failed = await read({module: throwing});
    assert.equal(failed.registry, undefined);
    assert.deepEqual(failed.problems, [
      `${displayPath(throwing)}: the registry module failed: no status service; expected a default export: registry items, or a function (sync or async) given the taxonomy that returns them, as an array of {id, title, kind, level, …} or an object by id (fix the module; its items are left out until it loads)`,
    ]);
    const nothing = write('nothing.mjs', 'export default 42;\n');
    assert.match((await read({module: nothing})).problems[0]!, /the registry module failed: it gave number, not items/);
    const notApi = write('not.api.json', '{"kind": "Model"}');
    assert.match((await read({apiExtractor: notApi})).problems[0]!, new RegExp(`^${displayPath(notApi)}: not API Extractor's .api.json: its root is no Package`));
  });

  it('a module runs at every read: what it reads changes its items and the registry hash, with the same text', async () => {
    const {readRegistry, DEFAULT_LEVELS, DEFAULT_KINDS} = await import('../support/internals.ts');
    const data = write('gates.json', '{"queue": "alpha"}');
    const file = write(
      'gates.mjs',
      "import fs from 'node:fs';\nexport default () => Object.entries(JSON.parse(fs.readFileSync(new URL('./gates.json', import.meta.url), 'utf8'))).map(([id, level]) => ({id, title: id, kind: 'feature', level}));\n",
    );
    const read = () => readRegistry(normalizeOptions({registry: {module: file}}).registry!, {levels: DEFAULT_LEVELS, kinds: DEFAULT_KINDS});
    const first = await read();
    fs.writeFileSync(data, '{"queue": "beta"}');
    const second = await read();
    assert.deepEqual([first.registry!.items.get('queue')!.level, second.registry!.items.get('queue')!.level], ['alpha', 'beta']);
    assert.notEqual(first.hash, second.hash, 'the snapshot and the pages read with it are made anew');
  });

  it('an id two sources define is reported at the second, naming the first', () => {
    const file = write('more.yml', 'Widget:\n  title: Widget\n  kind: api\n  level: stable\n');
    const {problems} = registryOf([{typedoc}, file]);
    assert.deepEqual(problems, [
      `${displayPath(file)}:1:1: item "Widget" is defined by two registry files; expected each id in one file (the first "Widget" is at ${displayPath(typedoc)}#/children/0) (remove or rename one of them)`,
    ]);
  });

  it('the option refuses a marker the source never writes, a level the taxonomy lacks, and an unknown kind', () => {
    const error = (registry: Options['registry']) => {
      try {
        normalizeOptions({registry});
        return '';
      } catch (thrown) {
        return (thrown as Error).message;
      }
    };
    assert.match(error([{apiExtractor: 'a.api.json', levels: {'@experimental': 'beta'}}]), /registry\[0\] \(apiExtractor: "a\.api\.json"\) maps "@experimental", which is not a release tag; expected one of @alpha, @beta, @public, @internal, @deprecated/);
    assert.match(error({typedoc: 't.json', levels: {'@beta': 'preview'}}), /maps "@beta" to "preview", which is no level; expected one of alpha, beta, stable, deprecated, or false/);
    assert.match(error({openapi: 'o.yaml', kind: 'endpoint'}), /gives its items kind "endpoint", which is no kind; expected one of api, /);
    assert.match(error([{typedoc: 't.json', openapi: 'o.yaml'} as never]), /names two sources; write each in its own entry/);
  });
});

describe('pages that cannot be edited', () => {
  it("a generated page an item names gets the item's banner and is its place in the index; a page that names no doc is reported at the item", async () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'classification-generated-'));
    const page = path.join(site, 'docs/api/classes/Widget.md');
    fs.mkdirSync(path.dirname(page), {recursive: true});
    // As typedoc-plugin-markdown writes it: each member a heading.
    fs.writeFileSync(page, '# Class: Widget\n\nA widget on the screen.\n\n## Constructors\n\n### Constructor\n\nMakes one.\n\n#### Parameters\n\n##### label\n\nIts label.\n\n## Properties\n\n### label\n\nIts label.\n\n## Methods\n\n### render()\n\nDraws it.\n\n### renderFast()\n\nDraws it fast.\n');
    fs.mkdirSync(path.join(site, 'docs/api/functions'), {recursive: true});
    fs.writeFileSync(path.join(site, 'docs/api/functions/makeWidget.md'), '# Function: makeWidget()\n');
    fs.writeFileSync(path.join(site, 'docs/intro.md'), '# Intro\n');
    const docs = ['docs/intro.md', 'docs/api/classes/Widget.md', 'docs/api/functions/makeWidget.md'];
    await assert.rejects(loadPlugin(site, {registry: {typedoc, pages: 'api'}}, docs), (error: Error) =>
      error.message.includes(
        `${displayPath(typedoc)}#/children/1: page "api/interfaces/WidgetLayout" of "WidgetLayout" is not a doc id; expected the id of a doc of the site: its path in the docs folder without the extension, or its front matter's id, with a heading's name after "#" (the source's pages ("api") must be the doc id folder its generator writes into`,
      ),
    );
    fs.mkdirSync(path.join(site, 'docs/api/interfaces'), {recursive: true});
    fs.writeFileSync(path.join(site, 'docs/api/interfaces/WidgetLayout.md'), '# Interface: WidgetLayout\n');
    fs.writeFileSync(path.join(site, 'docs/api/functions/createWidget.md'), '# Function: createWidget()\n');
    const all = [...docs, 'docs/api/interfaces/WidgetLayout.md', 'docs/api/functions/createWidget.md'];
    const {data} = await loadPlugin(site, {registry: {typedoc, pages: 'api'}}, all);
    const entries = JSON.parse(data.get('index-default.json')!).entries as Record<string, string>[];
    const widget = entries.find((entry) => entry.ref === 'Widget')!;
    assert.deepEqual([widget.form, widget.level, widget.permalink], ['page', 'beta', '/api/classes/Widget']);
    assert.equal(entries.find((entry) => entry.ref === 'makeWidget')!.form, 'page');
    const {code, tree} = await compileWithDocusaurus(fs.readFileSync(page, 'utf8'), {filePath: page, siteDir: site});
    assert.match(code, /_ClassificationBanner, \{[^]*?level: "beta"/);
    // Each member's heading is its item: its badge after the text, its id the member's anchor, which the index links to.
    const headings = tree.children.filter((node) => node.type === 'heading' && node.depth >= 3) as {depth: number; data?: {hProperties?: Record<string, unknown>}; children: unknown[]}[];
    assert.deepEqual(
      headings.map((heading) => [heading.depth, heading.data?.hProperties?.id ?? '', /classification-badge--(\w+)/.exec(JSON.stringify(heading.children))?.[1] ?? '']),
      [
        // A member named like an Object's own property is a heading like any other.
        [3, 'constructor', 'beta'],
        [4, 'parameters', ''],
        // The constructor's parameter `label`, above the property `label`: the property's heading (the higher) is the item's.
        [5, 'label', ''],
        [3, 'label-1', 'beta'],
        [3, 'render', 'beta'],
        [3, 'renderfast', 'alpha'],
      ],
    );
    assert.equal(entries.find((entry) => entry.ref === 'Widget.label')!.anchor, '/api/classes/Widget#label-1');
    assert.equal(entries.find((entry) => entry.ref === 'Widget.renderFast')!.anchor, '/api/classes/Widget#renderfast');
  });
});

describe('drift', () => {
  it('a page that marks by hand an item a source defines, at another level, is a problem naming both places; the same level is not', async () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'classification-drift-'));
    const guide = path.join(site, 'docs/guide.md');
    fs.mkdirSync(path.dirname(guide), {recursive: true});
    fs.writeFileSync(guide, '# Guide\n\n## `Widget.render()` :alpha{kind=api}\n\n## createWidget :stable{kind=api}\n');
    await assert.rejects(loadPlugin(site, {registry: {typedoc}}, ['docs/guide.md']), (error: Error) => {
      assert.match(error.message, /Invalid classification: /);
      assert.ok(
        error.message.includes(
          `${displayPath(guide)}:3:22: :alpha marks "Widget.render" alpha, but its source says beta (${displayPath(typedoc)}#/children/0/children/2); expected beta, as the source says (refer to the item, :::classification{ref=Widget.render}, to follow the source, or change its tag in the code)`,
        ),
        error.message,
      );
      return !error.message.includes('createWidget');
    });
    fs.writeFileSync(guide, '# Guide\n\n## `Widget.render()` :beta{kind=api}\n');
    await loadPlugin(site, {registry: {typedoc}}, ['docs/guide.md']);
  });
});

describe('a source per release', () => {
  it('a declaration retagged @beta → @public between two releases shows as promoted in the release view, and each docs version shows its own level', async () => {
    // Release 2.0 of the package: Widget retagged @public (its @since with it, as a maintainer would).
    const next = path.join(dir, 'widgets-2.0');
    fs.cpSync(WIDGETS, next, {recursive: true});
    const source = path.join(next, 'src/index.ts');
    fs.writeFileSync(source, fs.readFileSync(source, 'utf8').replace(' * @beta\n * @since 2.1\n', ' * @public\n'));
    const newer = await typedocJson(path.join(dir, 'typedoc-2.0.json'), next);
    const registry = [
      {typedoc, release: '1.0', pages: 'api'},
      {typedoc: newer, release: '2.0', pages: 'api'},
    ];
    const {items, problems} = registryOf(registry);
    assert.deepEqual(problems, []);
    assert.deepEqual(items.find(([id]) => id === 'Widget'), ['Widget', 'stable', '2.0', '', 'api/classes/Widget']);
    assert.deepEqual(items.find(([id]) => id === 'Widget.renderFast'), ['Widget.renderFast', 'alpha', '1.0', '', 'api/classes/Widget#renderFast']);

    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'classification-releases-'));
    // The pages docusaurus-plugin-typedoc would write, in each docs version.
    const generated = ['intro', 'api/classes/Widget', 'api/interfaces/WidgetLayout', 'api/functions/createWidget', 'api/functions/makeWidget'];
    const files = (folder: string) =>
      generated.map((doc) => {
        fs.mkdirSync(path.join(site, folder, path.dirname(doc)), {recursive: true});
        fs.writeFileSync(path.join(site, folder, `${doc}.md`), `# ${path.basename(doc)}\n`);
        return `${folder}/${doc}.md`;
      });
    const {data} = await loadPlugin(site, {registry}, [
      {name: 'current', files: files('docs')},
      {name: '1.0', files: files('versioned_docs/version-1.0'), prefix: '/1.0'},
    ]);
    const changes = JSON.parse(data.get('changes-default.json')!) as {releases: {label: string; changes: {title: string; change: string}[]}[]};
    assert.deepEqual(
      changes.releases.map((release) => [release.label, release.changes.map((change) => `${change.change} ${change.title}`)]),
      [['Next', ['promoted Widget']]],
    );
    // Each docs version's generated page shows the level its own release's source declared.
    const banner = async (folder: string) => {
      const file = path.join(site, folder, 'api/classes/Widget.md');
      const {code} = await compileWithDocusaurus(fs.readFileSync(file, 'utf8'), {filePath: file, siteDir: site});
      return /_ClassificationBanner, \{[^]*?level: "(\w+)"/.exec(code)?.[1] ?? code;
    };
    assert.equal(await banner('versioned_docs/version-1.0'), 'beta');
    assert.equal(await banner('docs'), 'stable');
  });
});

describe('drift in versioned docs', () => {
  it("a page of an older docs version is held to what that release's source declared", async () => {
    const next = path.join(dir, 'widgets-drift');
    fs.cpSync(WIDGETS, next, {recursive: true});
    const source = path.join(next, 'src/index.ts');
    fs.writeFileSync(source, fs.readFileSync(source, 'utf8').replace(' * @beta\n * @since 2.1\n', ' * @public\n'));
    const registry = [
      {typedoc, release: '1.0'},
      {typedoc: await typedocJson(path.join(dir, 'typedoc-drift.json'), next), release: '2.0'},
    ];
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'classification-drift-versions-'));
    const guide = (level: string) => {
      fs.mkdirSync(path.join(site, 'versioned_docs/version-1.0'), {recursive: true});
      fs.mkdirSync(path.join(site, 'docs'), {recursive: true});
      fs.writeFileSync(path.join(site, 'docs/intro.md'), '# Intro\n');
      fs.writeFileSync(path.join(site, 'versioned_docs/version-1.0/guide.md'), `# Guide\n\n## Widget :${level}{kind=api}\n`);
    };
    const versions = [
      {name: 'current', files: ['docs/intro.md']},
      {name: '1.0', files: ['versioned_docs/version-1.0/guide.md'], prefix: '/1.0'},
    ];
    guide('beta');
    await loadPlugin(site, {registry}, versions);
    guide('alpha');
    await assert.rejects(loadPlugin(site, {registry}, versions), /guide\.md:3:11: :alpha marks "Widget" alpha, but its source says beta/);
  });
});

describe('release series', () => {
  it('the files of one release are read as one, two series (two folders of pages) stay apart, and releases that do not compare are refused', () => {
    const other = write('other.json', fs.readFileSync(typedoc, 'utf8').replaceAll('Widget', 'Gadget'));
    const both = registryOf([
      {typedoc, release: '2.0', pages: 'api'},
      {typedoc: other, release: '2.0', pages: 'api'},
    ]);
    assert.deepEqual(both.problems, []);
    assert.ok(both.items.some(([id]) => id === 'Widget') && both.items.some(([id]) => id === 'Gadget'), 'both files of release 2.0 give their items');
    // An id two files of one release give is reported at the second file, naming the first.
    const twice = registryOf([
      {typedoc, release: '2.0'},
      {typedoc: write('again.json', fs.readFileSync(typedoc, 'utf8')), release: '2.0'},
    ]);
    assert.match(twice.problems[0]!, /again\.json#\/children\/0: item "Widget" is defined by two registry files; expected each id in one file \(the first "Widget" is at .*typedoc\.json#\/children\/0\)/);
    const series = registryOf([
      {typedoc, release: '1.0', pages: 'api'},
      {typedoc: other, release: '2.0', pages: 'gadgets'},
    ]);
    assert.ok(series.items.some(([id]) => id === 'Widget.render') && series.items.some(([id]) => id === 'Gadget.render'), 'two series: each newest release gives its items');
    assert.throws(() => normalizeOptions({registry: [{typedoc, release: '1.0'}, {typedoc: other, release: '2026-01-01'}]}), /the typedoc sources of releases "1\.0" and "2026-01-01" do not compare/);
    assert.throws(() => normalizeOptions({registry: {module: 'status.mjs', kind: 'feature'}}), /sets kind, but a module returns its items with their own/);
  });
});

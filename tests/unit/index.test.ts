/**
 * The Docusaurus plugin's lifecycle on a small docs tree: the scan of every
 * doc, the index route and its data, classification.json, and errors.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';
import {execFile as execFileCallback} from 'node:child_process';
import {promisify} from 'node:util';
import {displayPath, newReader, normalizeOptions, readerScript, type Options} from '../support/internals.ts';
import {visit} from 'unist-util-visit';
import {toString} from 'mdast-util-to-string';
import {compileWithDocusaurus} from '../support/docusaurus.ts';
import {docsContent, loadPlugin, pluginClassification, pluginContext} from '../support/plugin-load.ts';
import type {LoadContext, RouteConfig} from '@docusaurus/types';
import type {Link} from 'mdast';

const execFile = promisify(execFileCallback);

let siteDir: string;

const docs: Record<string, string> = {
  'docs/api.md': '# API\n\n## torch.trace :beta{kind=api}\n\n## torch.stable :stable{kind=api}\n',
  'docs/runtime.md': '---\ntitle: Runtime\nclassification: alpha\nclassification_kind: package\n---\n\nText\n',
  'docs/plain.md': '# Plain\n\nNothing classified, ratio 16:9.\n',
  'docs/models.mdx': '## Llama\n\n:::beta{kind=model framework=PyTorch workload=training}\n:::\n\n<div>JSX</div>\n',
};

async function write(relative: string, content: string): Promise<string> {
  const file = path.join(siteDir, relative);
  await fs.mkdir(path.dirname(file), {recursive: true});
  await fs.writeFile(file, content);
  return file;
}

const context = () => pluginContext(siteDir, '/docs-site/');
const allContentFor = (files: string[], frontMatter: Record<string, Record<string, unknown>> = {}) => docsContent(siteDir, [{name: 'current', files, frontMatter}]);

/** The plugin with `options`, loaded over the docs `files` as Docusaurus loads them: the index page's data it creates. */
async function indexData(options: Options, files: string[], frontMatter: Record<string, Record<string, unknown>> = {}): Promise<{entries: Record<string, string>[]}> {
  const plugin = pluginClassification(context(), normalizeOptions(options));
  await plugin.loadContent!();
  const data = new Map<string, string>();
  await plugin.allContentLoaded!({
    allContent: allContentFor(files, frontMatter),
    actions: {addRoute: () => {}, createData: async (name: string, content: string) => (data.set(name, content), name), setGlobalData: () => {}},
  } as never);
  return JSON.parse(data.get('index-default.json')!);
}
const load = (options: Options, files: string[]) =>
  loadPlugin(siteDir, options, [{name: 'current', files, frontMatter: {'docs/runtime.md': {title: 'Runtime', classification: 'alpha', classification_kind: 'package'}}}], {baseUrl: '/docs-site/'});

describe('the index', () => {
  before(async () => {
    siteDir = await fs.mkdtemp(path.join(os.tmpdir(), 'classification-index-'));
    for (const [file, content] of Object.entries(docs)) {
      await write(file, content);
    }
  });
  after(async () => {
    await fs.rm(siteDir, {recursive: true, force: true});
  });

  it('adds the index route with the preview items of every doc', async () => {
    const {routes, data} = await load({}, Object.keys(docs));
    // The index, and its release view.
    assert.deepEqual(routes.map((route) => [route.path, route.component]), [
      ['/docs-site/classification', '@theme/ClassificationIndexPage'],
      ['/docs-site/classification/changes', '@theme/ClassificationChangesPage'],
    ]);
    const page = JSON.parse(data.get('index-default.json')!);
    assert.deepEqual(
      page.entries.map((entry: {anchor: string; level: string; kind: string; title: string}) => [entry.anchor, entry.level, entry.kind, entry.title]),
      [
        ['/api#torchtrace', 'beta', 'api', 'torch.trace'],
        ['/runtime#runtime', 'alpha', 'package', 'Runtime'],
        ['/models#llama-pytorch-training', 'beta', 'model', 'Llama'],
      ],
    );
  });

  it('lists Stable items too when asked', async () => {
    const {data} = await load({includeStable: true}, Object.keys(docs));
    const page = JSON.parse(data.get('index-default.json')!);
    assert.ok(page.entries.some((entry: {title: string}) => entry.title === 'torch.stable'));
  });

  it('writes every classified item to classification.json after the build', async () => {
    const {plugin} = await load({}, Object.keys(docs));
    const outDir = path.join(siteDir, 'build');
    await plugin.postBuild!({outDir} as never);
    const written = JSON.parse(await fs.readFile(path.join(outDir, 'classification.json'), 'utf8'));
    assert.deepEqual(
      written.map((entry: {id: string; level: string}) => `${entry.id}:${entry.level}`),
      ['torchtrace:beta', 'torchstable:stable', 'runtime:alpha', 'llama-pytorch-training:beta'],
    );
    assert.deepEqual(Object.keys(written[0]).sort(), ['anchor', 'docId', 'form', 'id', 'kind', 'level', 'page', 'permalink', 'source', 'title']);
    // The release view's feed, beside its page, with the site's URL and base URL.
    const feed = await fs.readFile(path.join(outDir, 'classification/changes.xml'), 'utf8');
    assert.match(feed, /<link rel="self" type="application\/atom\+xml" href="https:\/\/example\.com\/docs-site\/classification\/changes\.xml"\/>/);
    assert.equal(written[0].source, 'docs/api.md');
    assert.equal(written[3].framework, 'PyTorch');
    assert.equal(written[3].workload, 'training');
  });

  it('refuses to write classification.json over a file of the build or a path of a route', async () => {
    // What Docusaurus wrote before postBuild: the pages' HTML, the static files.
    const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'classification-build-'));
    const built = {'index.html': '<p>home</p>', '404.html': '<p>not found</p>', 'docs/api/index.html': '<p>api</p>', 'manifest.json': '{}', 'img/logo.svg': '<svg/>'};
    for (const [file, text] of Object.entries(built)) {
      await fs.mkdir(path.dirname(path.join(outDir, file)), {recursive: true});
      await fs.writeFile(path.join(outDir, file), text);
    }
    const routesPaths = ['/docs-site/404.html', '/docs-site/', '/docs-site/docs/api', '/docs-site/blog/post'];
    const postBuild = async (outputFile: string) => (await load({outputFile}, Object.keys(docs))).plugin.postBuild!({outDir, routesPaths} as never);
    const fix = '; expected a path in the build folder that no file of the build and no route uses; give outputFile another path, e.g. "classification.json", or false to write no file';
    const refusals: [string, string][] = [
      ['index.html', 'would overwrite index.html, the page of the route "/docs-site/"'],
      // Served from a case-insensitive disk, it would.
      ['Index.html', 'would overwrite index.html, the page of the route "/docs-site/"'],
      ['404.html', 'would overwrite 404.html, the page of the route "/docs-site/404.html"'],
      ['docs/api', 'would overwrite docs/api/index.html, the page of the route "/docs-site/docs/api"'],
      ['docs', 'would overwrite docs/api/index.html, the page of the route "/docs-site/docs/api"'],
      // A route whose page is not written yet still owns its paths.
      ['blog/post/index.html', 'would overwrite blog/post/index.html, the page of the route "/docs-site/blog/post"'],
      ['manifest.json', 'would overwrite manifest.json, which the build wrote already (a page, a static file or another plugin\'s file)'],
      ['img', 'would overwrite the folder img/, which the build wrote already'],
      ['manifest.json/classification.json', 'would overwrite manifest.json, which the build wrote already (a page, a static file or another plugin\'s file)'],
    ];
    for (const [outputFile, what] of refusals) {
      await assert.rejects(postBuild(outputFile), (error: Error) => {
        assert.equal(error.message, `docusaurus-plugin-classification: outputFile "${outputFile}" ${what}${fix}`);
        return true;
      });
    }
    for (const [file, text] of Object.entries(built)) {
      assert.equal(await fs.readFile(path.join(outDir, file), 'utf8'), text, file);
    }
    await postBuild('data/classification.json');
    assert.equal(JSON.parse(await fs.readFile(path.join(outDir, 'data/classification.json'), 'utf8')).length, 4);
    await fs.rm(outDir, {recursive: true, force: true});
  });

  it('indexes every docs instance, blog posts and Markdown pages', async () => {
    await write('community/guide.md', '## Community plugin :alpha{kind=package}\n');
    await write('blog/post.md', ':::beta[Blogged feature]{kind=feature}\n:::\n');
    await write('src/pages/roadmap.md', ':::alpha[Planned tool]{kind=feature}\n:::\n');
    const plugin = pluginClassification(context(), normalizeOptions({}));
    const data = new Map<string, string>();
    await plugin.allContentLoaded!({
      allContent: {
        ...allContentFor(['docs/api.md']),
        'docusaurus-plugin-content-docs': {
          ...allContentFor(['docs/api.md'])['docusaurus-plugin-content-docs'],
          community: {
            loadedVersions: [
              {versionName: 'current', label: 'Next', isLast: true, docs: [{id: 'guide', source: '@site/community/guide.md', permalink: '/community/guide', title: 'Guide', frontMatter: {}}]},
            ],
          },
        },
        'docusaurus-plugin-content-blog': {
          default: {blogPosts: [{metadata: {source: '@site/blog/post.md', permalink: '/blog/post', title: 'Post', frontMatter: {}}}]},
        },
        'docusaurus-plugin-content-pages': {
          default: [
            {type: 'mdx', source: '@site/src/pages/roadmap.md', permalink: '/roadmap', frontMatter: {}},
            {type: 'jsx', source: '@site/src/pages/index.js', permalink: '/'},
          ],
        },
      },
      actions: {addRoute: () => {}, createData: async (name: string, content: string) => (data.set(name, content), name), setGlobalData: () => {}},
    } as never);
    const anchors = JSON.parse(data.get('index-default.json')!).entries.map((entry: {anchor: string}) => entry.anchor);
    assert.deepEqual(anchors, ['/api#torchtrace', '/community/guide#community-plugin', '/blog/post#blogged-feature', '/roadmap#planned-tool']);
  });

  it('lists a registry item once, at the mention on its own page', async () => {
    await write('reg/classification.yml', 'rt:\n  title: Runtime\n  kind: package\n  level: beta\n  page: runtime\nlone:\n  title: Lone\n  kind: api\n  level: alpha\n');
    await write('docs/mentions.md', ':::classification{ref=rt}\n:::\n');
    await write('docs/runtime.md', '---\nclassification_ref: rt\n---\n\nText\n');
    const index = await indexData({registry: 'reg/classification.yml'}, ['docs/mentions.md', 'docs/runtime.md'], {'docs/runtime.md': {classification_ref: 'rt'}});
    const entries = index.entries.map((entry) => [entry.ref, entry.anchor, entry.form]);
    assert.deepEqual(entries, [
      ['rt', '/runtime#rt', 'page'],
      ['lone', '', 'registry'],
    ]);
  });

  it('reads a registry of several files as one: each item from its own file, an id two files define reported at the second', async () => {
    await write('reg/packages.yml', 'rt:\n  title: Runtime\n  kind: package\n  level: beta\n');
    await write('reg/apis.json', '{\n  "trace": {"title": "trace", "kind": "api", "level": "alpha"},\n  "rt": {"title": "Again", "kind": "api", "level": "alpha"}\n}\n');
    await write('docs/mentions.md', ':::classification{ref=trace}\n:::\n\n:::classification{ref=nope}\n:::\n');
    const relative = (file: string) => displayPath(path.join(siteDir, file));
    const plugin = () => pluginClassification(context(), normalizeOptions({registry: ['reg/packages.yml', 'reg/apis.json']}));
    assert.deepEqual(plugin().getPathsToWatch!(), [path.join(siteDir, 'reg/packages.yml'), path.join(siteDir, 'reg/apis.json')]);
    // A file named twice in two spellings is one file, not a registry that defines each of its ids twice.
    const twice = pluginClassification(context(), normalizeOptions({registry: ['reg/packages.yml', './reg/packages.yml']}));
    assert.deepEqual(twice.getPathsToWatch!(), [path.join(siteDir, 'reg/packages.yml')]);
    await assert.rejects(async () => plugin().loadContent!(), (error: Error) =>
      error.message.includes(`${relative('reg/apis.json')}:3:3: item "rt" is defined by two registry files; expected each id in one file (the first "rt" is at ${relative('reg/packages.yml')}:1:1) (remove or rename one of them)`),
    );
    await write('reg/apis.json', '{\n  "trace": {"title": "trace", "kind": "api", "level": "alpha"}\n}\n');
    const options = {registry: ['reg/packages.yml', 'reg/apis.json']};
    await assert.rejects(indexData(options, ['docs/mentions.md']), (error: Error) =>
      error.message.includes(`unknown ref "nope" in :::classification; expected an item id of ${relative('reg/packages.yml')}, ${relative('reg/apis.json')}`),
    );
    await write('docs/mentions.md', ':::classification{ref=trace}\n:::\n');
    const entries = (await indexData(options, ['docs/mentions.md'])).entries.map((entry) => [entry.ref, entry.level, entry.source]);
    assert.deepEqual(entries, [
      ['trace', 'alpha', 'docs/mentions.md'],
      ['rt', 'beta', 'reg/packages.yml'],
    ]);
  });

  it('a registry item named as code names it: the page refers to it by that name, and its anchor links the index to the callout', async () => {
    await write('code.yml', '"GET /pets/{id}":\n  title: Get a pet\n  kind: api\n  level: beta\n');
    const file = await write('docs/pets.md', '# Pets\n\n:::classification{ref="GET /pets/{id}"}\n\nText.\n\n:::\n');
    const [entry] = (await indexData({registry: 'code.yml'}, ['docs/pets.md'])).entries;
    assert.equal(entry!.ref, 'GET /pets/{id}');
    assert.match(entry!.id, /^GET-pets-id-[0-9a-z]{7}$/);
    assert.equal(entry!.anchor, `/pets#${entry!.id}`);
    const {code} = await compileWithDocusaurus(await fs.readFile(file, 'utf8'), {filePath: file, siteDir});
    assert.ok(code.includes(`id: "${entry!.id}"`), code);
  });

  it('a retired item whose replacement is a registry id that looks like a site path links to that item, not to the path', async () => {
    await write('paths.yml', '"/v1/users":\n  title: Users\n  kind: api\n  level: beta\nold-users:\n  title: Old users\n  kind: api\n  level: deprecated\n  replacement: /v1/users\n');
    const file = await write('docs/users.md', '# Users\n\n:::classification{ref="/v1/users"}\n:::\n\n:::classification{ref=old-users}\n:::\n');
    // Loaded, so that the page's compile reads the snapshot.
    await indexData({registry: 'paths.yml'}, ['docs/users.md']);
    const {code} = await compileWithDocusaurus(await fs.readFile(file, 'utf8'), {filePath: file, siteDir});
    const href = /"href": "([^"]*)"/.exec(code)?.[1];
    assert.match(href ?? '', /^\/users#v1-users-[0-9a-z]{7}$/, code);
  });

  it('compiles link badges into the linking page, not into its headings', async () => {
    const content = [
      '# Links',
      '',
      'See [trace](./api.md#torchtrace), [stable](./api.md#torchstable), [runtime](runtime.md), [plain](./plain.md) and [again][t].',
      '',
      '## About [trace](./api.md#torchtrace)',
      '',
      '[t]: ./api.md#torchtrace',
      '',
    ].join('\n');
    const file = await write('docs/links.md', content);
    await load({}, [...Object.keys(docs), 'docs/links.md']);
    const {tree, code} = await compileWithDocusaurus(content, {filePath: file, siteDir});
    // A page without items of its own: the badges still come with their import.
    assert.match(code, /import \{ClassificationBadge as _ClassificationBadge\} from ["']@docusaurus-plugin-classification\/components["']/);
    const badged: [string, string, string][] = [];
    visit(tree, ['link', 'linkReference'], (node) => {
      const link = node as Link;
      const level = link.data?.hProperties?.['data-classification-link'];
      const badge = link.children.find((child) => child.type === 'mdxJsxTextElement');
      badged.push([toString(link.children[0]!), String(level ?? ''), badge ? String((badge as {attributes: {name: string; value: string}[]}).attributes.find((a) => a.name === 'label')?.value) : '']);
    });
    assert.deepEqual(badged, [
      ['trace', 'beta', 'Beta'],
      ['stable', '', ''],
      ['runtime', 'alpha', 'Alpha'],
      ['plain', '', ''],
      ['again', 'beta', 'Beta'],
      ['trace', '', ''],
    ]);
    await fs.rm(file);
  });

  it("marks what a reader may hide, and gives the page a reader control keeping the choice in the site's storage", async () => {
    const content = [
      '# Reader',
      '',
      'Always shown.',
      '',
      '## torch.trace :beta{kind=api}',
      '',
      'Hidden with previews.',
      '',
      '```python',
      'trace(model)',
      '```',
      '',
      '### Details',
      '',
      '- a list',
      '',
      '- :alpha[A sentence that is an item]{#sentence kind=api}',
      '- a sentence that is not',
      '',
      '## torch.old :deprecated{kind=api}',
      '',
      'Hidden with retired items.',
      '',
      '## Plain',
      '',
      ':::stable[Kept]{kind=api}',
      'Stable content.',
      ':::',
      '',
      ':::alpha[Box]{kind=api}',
      'Its body hides, its header stays.',
      ':::',
      '',
    ].join('\n');
    const file = await write('docs/reader.md', content);
    // Docusaurus 3.5+ gives the site's storage: sessionStorage, its keys namespaced.
    const storageContext = {...context(), siteStorage: {type: 'sessionStorage', namespace: '-docs-a'}} as LoadContext;
    const plugin = pluginClassification(storageContext, normalizeOptions({}));
    await plugin.allContentLoaded!({
      allContent: allContentFor([...Object.keys(docs), 'docs/reader.md']),
      actions: {addRoute: () => {}, createData: async (name: string) => `/data/${name}`, setGlobalData: () => {}},
    } as never);
    // Before the first paint, from the same storage and key: a script that cannot end its own element.
    const tags = plugin.injectHtmlTags!({content: undefined} as never) as {headTags: {tagName: string; innerHTML: string}[]};
    assert.deepEqual(tags.headTags.map((tag) => tag.tagName), ['script']);
    assert.match(tags.headTags[0]!.innerHTML, /window\["sessionStorage"\]\.getItem\("docusaurus\.classification\.hide-docs-a"\)/);
    assert.match(tags.headTags[0]!.innerHTML, /setAttribute\("data-classification-hide",v\)/);
    // A namespace is the site's own text: it cannot close the element.
    assert.doesNotMatch(readerScript({type: 'localStorage', key: 'k-</script><b>'}), /<\/script|<b>/);
    const {tree, code} = await compileWithDocusaurus(content, {filePath: file, siteDir});
    const marked: string[] = [];
    visit(tree, (node) => {
      const hides = (node as {data?: {hProperties?: Record<string, unknown>}}).data?.hProperties?.['data-classification-hides']
        ?? (node as {attributes?: {name: string; value: unknown}[]}).attributes?.find((attribute) => attribute.name === 'data-classification-hides' || attribute.name === 'hides')?.value;
      if (hides !== undefined) {
        marked.push(`${node.type}${'depth' in node ? node.depth : ''}: ${String(hides)}`);
      }
    });
    assert.deepEqual(marked, [
      'paragraph: preview',
      // A code block's props do not reach its element: a div around it carries the mark.
      'mdxJsxFlowElement: preview',
      // Headings stay (every anchor lands), their sections hide. A list holding a statement item
      // (the three bullets are one list): the item's sentence stays, the other bullets hide.
      'listItem: preview',
      'listItem: preview',
      'paragraph: retired',
      // The Alpha callout hides its own body; the Stable one nothing.
      'mdxJsxFlowElement: preview',
    ]);
    assert.match(code, /_ClassificationReaderControl/);
    assert.match(code, /storageKey: "docusaurus\.classification\.hide-docs-a"/);
    assert.match(code, /storageType: "sessionStorage"/);
    assert.match(code, /"phase": "preview",\s*"levels": \["Alpha", "Beta"\]/);
    assert.match(code, /"phase": "retired",\s*"levels": \["Deprecated"\]/);
    // A page with nothing to hide gets no control.
    const plain = await compileWithDocusaurus('# Plain\n\n## torch.stable :stable{kind=api}\n\nText.\n', {filePath: path.join(siteDir, 'docs/plain.md'), siteDir});
    assert.doesNotMatch(plain.code, /ReaderControl|data-classification-hides/);
    await fs.rm(file);
  });

  it('compiles no link badge when linkBadges is off', async () => {
    const content = 'See [trace](./api.md#torchtrace).\n';
    const file = await write('docs/links.md', content);
    await load({linkBadges: false}, [...Object.keys(docs), 'docs/links.md']);
    const {code} = await compileWithDocusaurus(content, {filePath: file, siteDir});
    assert.doesNotMatch(code, /classification/i);
    await fs.rm(file);
  });

  it('adds no route when indexRoute is false', async () => {
    const {routes} = await load({indexRoute: false}, Object.keys(docs));
    assert.deepEqual(routes, []);
  });

  it('fails the build with every problem of every doc, each with its place', async () => {
    await write('docs/bad.md', '# Bad\n\n:::beta[X]{kind=ap}\n:::\n');
    await assert.rejects(load({}, [...Object.keys(docs), 'docs/bad.md']), (error: Error) => {
      assert.match(error.message, /^Invalid classification: .*docs\/bad\.md:3:1: unknown kind "ap" in :::beta; expected one of api, package, feature, model \(did you mean "api"\?\)$/);
      return true;
    });
    await fs.rm(path.join(siteDir, 'docs/bad.md'));
  });

  it('keeps two instances apart: each its taxonomy, its pages, its index, its route', async () => {
    await write('spec/component.md', '## Exporter :development{kind=component}\n\nA sentence with :rc in it.\n');
    const docsOf = (id: string, files: string[], prefix = '') => ({[id]: docsContent(siteDir, [{name: 'current', files, prefix}])['docusaurus-plugin-content-docs'].default});
    const allContent = {
      'docusaurus-plugin-content-docs': {...docsOf('default', ['docs/api.md']), ...docsOf('spec', ['spec/component.md'], '/spec')},
    };
    const spec = {
      id: 'spec',
      indexRoute: '/spec/status',
      outputFile: 'spec-classification.json',
      contentPluginIds: ['spec'],
      levels: [
        {id: 'development', label: 'Development', preview: true},
        {id: 'rc', label: 'Release Candidate', preview: true},
        {id: 'stable'},
      ],
      kinds: {api: false, package: false, feature: false, model: false, component: {label: 'Component', disclaimer: 'Not yet stable.'}},
    } as Options;
    // A site of its own: the disclaimers module holds what these two instances wrote, nothing earlier.
    const generatedFilesDir = await fs.mkdtemp(path.join(os.tmpdir(), 'classification-generated-'));
    const instances = [normalizeOptions({contentPluginIds: ['default']}), normalizeOptions(spec)].map((options) => ({
      plugin: pluginClassification({...context(), generatedFilesDir}, options),
      routes: [] as RouteConfig[],
      data: new Map<string, string>(),
    }));
    for (const {plugin, routes, data} of instances) {
      await plugin.contentLoaded!({content: await plugin.loadContent!(), actions: {createData: async () => ''}} as never);
      await plugin.allContentLoaded!({
        allContent,
        actions: {
          addRoute: (route: RouteConfig) => routes.push(route),
          createData: async (name: string, content: string) => (data.set(name, content), name),
          setGlobalData: () => {},
        },
      } as never);
    }
    const [main, other] = instances;
    // One disclaimers module for the site, each instance's texts under its id.
    const disclaimers = JSON.parse(await fs.readFile(path.join(generatedFilesDir, 'docusaurus-plugin-classification/disclaimers.json'), 'utf8'));
    assert.deepEqual(Object.keys(disclaimers).sort(), ['default', 'spec']);
    assert.deepEqual(Object.keys(disclaimers.spec.notices), ['component']);
    assert.deepEqual(Object.keys(disclaimers.spec.notices.component), ['development', 'rc']);
    assert.deepEqual(Object.keys(disclaimers.default.notices.api), ['alpha', 'beta', 'deprecated']);
    const listed = (data: Map<string, string>, name: string) =>
      JSON.parse(data.get(name)!).entries.map((entry: {anchor: string; level: string; kind: string}) => `${entry.anchor} ${entry.level} ${entry.kind}`);
    assert.deepEqual(main!.routes.map((route) => route.path), ['/docs-site/classification', '/docs-site/classification/changes']);
    assert.deepEqual(other!.routes.map((route) => route.path), ['/docs-site/spec/status', '/docs-site/spec/status/changes']);
    assert.deepEqual(listed(main!.data, 'index-default.json'), ['/api#torchtrace beta api']);
    assert.deepEqual(listed(other!.data, 'index-spec.json'), ['/spec/component#exporter development component']);
    // Each docs plugin's pages compile with their own instance's taxonomy.
    const specPage = await compileWithDocusaurus('## Exporter :development{kind=component}\n\n:::rc[Collector]{kind=component}\n:::\n', {
      filePath: path.join(siteDir, 'spec/component.md'),
      siteDir,
      remark: {pluginId: 'spec'},
    });
    assert.match(specPage.code, /Development/);
    assert.match(specPage.code, /pluginId: "spec"|pluginId="spec"/);
    assert.deepEqual(specPage.warnings, []);
    const mainPage = await compileWithDocusaurus(':::beta[Traced]{kind=api}\n:::\n', {filePath: path.join(siteDir, 'docs/api.md'), siteDir});
    assert.match(mainPage.code, /_ClassificationCallout/);
    assert.doesNotMatch(mainPage.code, /pluginId/, 'the default instance is not named');
    await assert.rejects(
      compileWithDocusaurus(':::development[Traced]{kind=api}\n:::\n', {filePath: path.join(siteDir, 'spec/other.md'), siteDir, remark: {pluginId: 'spec'}}),
      /unknown kind "api" in :::development; expected one of component/,
    );
    await assert.rejects(
      compileWithDocusaurus('Text\n', {filePath: path.join(siteDir, 'docs/api.md'), siteDir, remark: {pluginId: 'nope'}}),
      /no plugin instance with id "nope"/,
    );
  });

  it('refuses two instances that would write the same route or file, naming both', () => {
    const other = (options: Options) => () => pluginClassification(context(), normalizeOptions({id: 'other', indexRoute: '/other', outputFile: 'other.json', ...options}));
    assert.throws(other({indexRoute: '/classification'}), /instances "default" and "other" both have indexRoute "\/classification"; give the instance "other" another indexRoute/);
    assert.throws(other({outputFile: 'classification.json'}), /both have outputFile "classification.json"/);
    // The changes feed is a file too: its own instance's, or another's, whatever case it is written in.
    assert.throws(
      other({outputFile: 'Classification/Changes.xml'}),
      /outputFile of the instance "other" and the changes feed of the instance "default" are one file, Classification\/Changes\.xml; give outputFile another path/,
    );
    assert.throws(other({outputFile: 'other/changes.xml'}), /outputFile of the instance "other" and the changes feed of the instance "other" are one file/);
    assert.doesNotThrow(other({}));
  });

  it("refuses a level named like one of the site's admonition keywords when the plugin starts", () => {
    assert.throws(
      () => pluginClassification(context(), normalizeOptions({id: 'noted', indexRoute: false, outputFile: false, levels: [{id: 'note', label: 'Note', phase: 'stable'}]})),
      /level "note" clashes with the site's admonition keyword "note"/,
    );
  });

  it('a single instance with an id of its own is the one its remark plugin reads, without pluginId', async () => {
    // A process of its own: this one has published the default instance already.
    const script = path.join(siteDir, 'single-instance.mjs');
    await fs.writeFile(
      script,
      `import {createRequire} from 'node:module';
      import {compileWithDocusaurus} from ${JSON.stringify(path.resolve('tests/support/docusaurus.ts'))};
      const require = createRequire(${JSON.stringify(path.resolve('package.json'))});
      const {default: plugin} = require('docusaurus-plugin-classification');
      const {normalizeOptions} = require(${JSON.stringify(path.resolve('plugin/lib/model/options.js'))});
      const {DEFAULT_CONFIG} = require('@docusaurus/core/lib/server/configValidation.js');
      const instance = plugin({siteDir: ${JSON.stringify(siteDir)}, siteConfig: DEFAULT_CONFIG, baseUrl: '/', generatedFilesDir: ${JSON.stringify(siteDir)}, i18n: {currentLocale: 'en'}},
        normalizeOptions({id: 'spec', levels: [{id: 'development', label: 'Development', preview: true}, {id: 'stable'}]}));
      // As Docusaurus does before any page compiles: the instance's snapshot.
      await instance.allContentLoaded({allContent: {}, actions: {addRoute() {}, createData: async (name) => name, setGlobalData() {}}});
      const {code} = await compileWithDocusaurus(':::development[Exporter]{kind=api}\\n:::\\n', {siteDir: ${JSON.stringify(siteDir)}});
      process.stdout.write(code);`,
    );
    const {stdout} = await execFile(process.execPath, ['--import', 'tsx', script], {env: {...process.env, NODE_TEST_CONTEXT: ''}});
    assert.match(stdout, /level: "development"|level="development"/);
    assert.match(stdout, /pluginId: "spec"|pluginId="spec"/);
  });

  it('a page the parser cannot read is a problem at its place, not an empty page', async () => {
    const reader = newReader();
    const deep = await reader.readSource({filePath: path.join(siteDir, 'docs/deep.md'), content: `${'>'.repeat(8000)} :beta\n`, frontMatter: {}});
    assert.deepEqual(deep.items, []);
    assert.equal(deep.problems.length, 1);
    assert.match(deep.problems[0]!, /docs\/deep\.md:1:1: the page cannot be read as MDX: Maximum call stack size exceeded; expected a page Docusaurus can compile/);
    const unclosed = await reader.readSource({filePath: path.join(siteDir, 'docs/open.mdx'), content: '# Open\n\n:::beta[A]{kind=api}\n:::\n\nText {\n', frontMatter: {}});
    assert.match(unclosed.problems.join('\n'), /docs\/open\.mdx:6:7: the page cannot be read as MDX: Unexpected end of file in expression/);
  });

  it('keeps a front matter version as written, on the page and in the index', async () => {
    const content = '---\nclassification: beta\nclassification_kind: package\nclassification_since: 2.10\n---\n\n# Runtime\n';
    const filePath = path.join(siteDir, 'docs/versioned.md');
    const compiled = await compileWithDocusaurus(content, {filePath, siteDir});
    assert.equal(compiled.frontMatter.classification_since, 2.1, 'the front matter parser reads a number');
    const reader = newReader();
    const {items} = await reader.readSource({filePath, content, frontMatter: compiled.frontMatter});
    assert.equal(items[0]!.since, '2.10');
    assert.match(compiled.code, /since: "2\.10"|since="2\.10"/);
  });

  it('follows imported partials: their items are the page\'s, ids checked on the page, edits seen', async () => {
    const reader = newReader(undefined, {siteDir});
    await write('docs/_partial.mdx', ':::beta[Shared]{kind=api}\n:::\n\n## Partial heading :alpha{kind=feature}\n\nimport Inner from \'@site/docs/_inner.mdx\';\n\n<Inner />\n');
    await write('docs/_inner.mdx', 'import Outer from \'./_partial.mdx\';\n\n:::beta[Inner]{kind=package}\n:::\n\n<Outer />\n');
    const host = await write('docs/host.mdx', "import Partial from './_partial.mdx';\n\n# Host\n\n:::beta[Own]{kind=api}\n:::\n\n<Partial />\n");
    const first = await reader.read({filePath: host, frontMatter: {}});
    assert.deepEqual(first.problems, []);
    // Where the page renders it, in order; a partial rendering its own importer is read once.
    assert.deepEqual(first.items.map((item) => [item.id, item.line]), [['own', 5], ['shared', 8], ['partial-heading', 8], ['inner', 8]]);
    assert.deepEqual(first.partials?.map((file) => path.basename(file)), ['_partial.mdx', '_inner.mdx']);
    // The issue's case: the page has an item of the partial's id; and a partial rendered twice.
    await write('docs/host.mdx', "import Partial from './_partial.mdx';\n\n:::beta[Shared]{kind=api}\n:::\n\n<Partial />\n");
    const twice = await reader.read({filePath: host, frontMatter: {}});
    assert.deepEqual(twice.problems, [
      `${host}:6:1: id "shared" is on this page twice (line 3 and here), one of them from a partial it renders; expected ids unique on the page, partials included: the index links to one of them (give one its own id, e.g. {#shared-2}, or render the partial once)`,
    ]);
    // The page's own items keep collect()'s order (its page item where the banner goes, after the h1).
    const classified = "---\nclassification: beta\nclassification_kind: package\n---\n\nimport Partial from './_partial.mdx';\n\n# Host :alpha{kind=api}\n\n<Partial />\n";
    await write('docs/host.mdx', classified);
    const own = await reader.readSource({filePath: host, content: classified.replace('<Partial />', ''), frontMatter: {classification: 'beta', classification_kind: 'package'}});
    const withPartial = await reader.read({filePath: host, frontMatter: {classification: 'beta', classification_kind: 'package'}});
    assert.deepEqual(
      withPartial.items.map((item) => item.form),
      [...own.items.map((item) => item.form), 'container', 'heading', 'container'],
    );
    assert.deepEqual(own.items.map((item) => item.form), ['heading', 'page']);
    // An edit of the partial alone reaches the page that renders it.
    await write('docs/_inner.mdx', ':::alpha[Inner]{kind=package}\n:::\n');
    await write('docs/host.mdx', "import Partial from './_partial.mdx';\n\n<Partial />\n");
    await reader.read({filePath: host, frontMatter: {}});
    await write('docs/_inner.mdx', ':::stable[Inner]{kind=package}\n:::\n');
    const edited = await reader.read({filePath: host, frontMatter: {}});
    assert.deepEqual(edited.items.map((item) => `${item.id}:${item.level}`), ['shared:beta', 'partial-heading:alpha', 'inner:stable']);
    for (const file of ['docs/_partial.mdx', 'docs/_inner.mdx', 'docs/host.mdx']) {
      await fs.rm(path.join(siteDir, file));
    }
  });

  it("a title that slugs to one of Docusaurus's own ids gets another id", async () => {
    const reader = newReader();
    const {items, problems} = await reader.readSource({filePath: path.join(siteDir, 'docs/ids.md'), content: ':::beta[__docusaurus]{kind=api}\n:::\n', frontMatter: {}});
    assert.deepEqual(problems, []);
    assert.deepEqual(items.map((item) => item.id), ['__docusaurus-1']);
  });

  it('rescans only files whose content changed', async () => {
    const reader = newReader();
    const filePath = path.join(siteDir, 'docs/api.md');
    const first = await reader.read({filePath, frontMatter: {}});
    assert.equal(await reader.read({filePath, frontMatter: {}}), first, 'unchanged: the cached result');
    await write('docs/api.md', '## torch.trace :alpha{kind=api}\n');
    const changed = await reader.read({filePath, frontMatter: {}});
    assert.notEqual(changed, first);
    assert.equal(changed.items[0]!.level, 'alpha');
    await write('docs/api.md', docs['docs/api.md']!);
  });
});

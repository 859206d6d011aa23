/**
 * The item schema (model/schema.ts) is where an item's fields are written
 * once: what each form accepts, the front matter and registry keys,
 * classification.json, the CLI's columns and the components' props follow
 * it, and a kind's `requires` is a scope carried through all of them.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, it} from 'node:test';
import {
  cliOutput,
  collect,
  ENTRY_FIELDS,
  fieldsWhere,
  formatProblem,
  jsonEntry,
  loadRegistry,
  normalizeOptions,
  snapshotOfPages,
  type IndexEntry,
} from '../support/internals.ts';
import {parse} from '../support/pipeline.ts';
import {repoRoot} from '../support/site.ts';

/** The default kinds, and one of a site's own scoped by region. */
const options = normalizeOptions({
  kinds: {svc: {label: 'Service', plural: 'Services', requires: ['region'], table: {columns: ['Support'], rows: {beta: ['Limited']}, footnotes: []}}},
});
const taxonomy = {levels: options.levels, kinds: options.kinds};
const file = '/site/docs/page.md';

async function problems(markdown: string, frontMatter: Record<string, unknown> = {}): Promise<string[]> {
  const collection = await collect(parse(markdown, file), {taxonomy, frontMatter});
  return collection.problems.map((problem) => formatProblem(problem, file));
}

/** The list an "unknown attribute/key" message gives as what is expected. */
const expectedList = (message: string | undefined) => /expected (?:only|one of) ([^;(]+?) \(/.exec(message ?? '')?.[1]?.split(', ');

/** The schema's fields with a spec key set, in the table's order. */
const withKey = (key: 'attribute' | 'frontMatter' | 'registry' | 'prop') => fieldsWhere((spec) => spec[key] !== undefined);

describe('the item schema', () => {
  it('a directive form accepts the fields the schema writes there, a scope as its kind\'s keys, and nothing else', async () => {
    const attributes = (form: string) => withKey('attribute').filter((field) => (ENTRY_FIELDS[field] as {attribute: readonly string[]}).attribute.includes(form));
    const expect = (form: string, scope: string[]) => ['id', 'class', ...attributes(form).filter((field) => field !== 'id')].flatMap((field) => (field === 'scope' ? scope : [field]));
    const asked = async (markdown: string) => expectedList((await problems(markdown))[0]);
    assert.deepEqual(await asked(':::beta[A]{kind=api bogus=1}\n:::\n'), expect('container', []));
    assert.deepEqual(await asked(':::beta[A]{kind=model bogus=1 framework=F workload=W}\n:::\n'), expect('container', ['framework', 'workload']));
    assert.deepEqual(await asked(':::beta[A]{kind=svc bogus=1 region=eu}\n:::\n'), expect('container', ['region']));
    assert.deepEqual(await asked('## A :beta{kind=svc bogus=1 region=eu}\n'), expect('heading', ['region']));
    assert.deepEqual(await asked('Text :beta[A]{kind=svc bogus=1 region=eu}.\n'), expect('statement', ['region']));
    // A badge names no item: every kind's scope keys.
    assert.deepEqual((await asked('Text :beta{bogus=1}.\n'))!.filter((name) => name !== 'id'), expect('badge', ['framework', 'workload', 'region']).filter((name) => name !== 'id'));
    // Another kind's scope is refused: a region on an API is a mistake.
    assert.match((await problems(':::beta[A]{kind=api region=eu}\n:::\n'))[0]!, /unknown attribute "region" on :::beta/);
  });

  it('front matter takes the schema\'s keys, with every kind\'s scope keys', async () => {
    const [message] = await problems('---\nclassification: beta\nclassification_knd: svc\n---\n', {classification: 'beta', classification_knd: 'svc'});
    const keys = withKey('frontMatter').flatMap((field) => (field === 'scope' ? ['framework', 'workload', 'region'].map((key) => `classification_${key}`) : [field === 'level' ? 'classification' : `classification_${field}`]));
    // The level's key, which makes the item, first; then the schema's order.
    assert.deepEqual(expectedList(message), ['classification', ...keys.filter((key) => key !== 'classification')]);
  });

  it('a registry item takes the schema\'s registry keys', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'classification-schema-'));
    const registryFile = path.join(dir, 'classification.yml');
    fs.writeFileSync(registryFile, 'a:\n  title: A\n  kind: api\n  level: beta\n  bogus: 1\n');
    const {problems: found} = loadRegistry(registryFile, taxonomy);
    assert.deepEqual(expectedList(found[0]), withKey('registry').map((field) => (ENTRY_FIELDS[field] as {registry: string}).registry));
    fs.rmSync(dir, {recursive: true, force: true});
  });

  it('classification.json carries every field an entry has, a scope\'s keys beside the others', () => {
    const entry = Object.fromEntries(Object.keys(ENTRY_FIELDS).map((field) => [field, field === 'scope' ? {framework: 'F', workload: 'W'} : field === 'history' ? [{level: 'beta'}] : 'x'])) as unknown as IndexEntry;
    const json = jsonEntry(entry);
    assert.deepEqual(Object.keys(json).sort(), [...Object.keys(ENTRY_FIELDS).filter((field) => field !== 'scope'), 'framework', 'workload'].sort());
  });

  it('the components show the schema\'s props: theme-classification.d.ts declares each on a callout (and so on banners and statements)', () => {
    const contract = fs.readFileSync(path.join(repoRoot, 'plugin/src/theme-classification.d.ts'), 'utf8');
    const callout = /declare module '@theme\/ClassificationCallout' \{[\s\S]*?export interface Props \{([\s\S]*?)\n {2}\}/.exec(contract)![1]!;
    const props = [...callout.matchAll(/readonly (\w+)\??:/g)].map((match) => match[1]);
    for (const field of withKey('prop')) {
      const prop = (ENTRY_FIELDS[field] as {prop: string}).prop;
      assert.ok(props.includes(prop), `ClassificationCallout's Props declare ${prop} (the schema's ${field})`);
    }
  });

  it("a kind of the site's own with requires: ['region'] works as a model class does: pages, front matter, the registry's cells, the index, the JSON and the CLI", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'classification-region-'));
    const write = (name: string, text: string) => {
      fs.writeFileSync(path.join(dir, name), text);
      return path.join(dir, name);
    };
    const registryFile = write('classification.yml', 'queue:\n  title: Queue\n  kind: svc\n  levels:\n    - {region: eu, level: beta}\n    - {region: us, level: stable}\n');
    const registry = loadRegistry(registryFile, taxonomy);
    assert.deepEqual(registry.problems, []);
    const pages = [
      write('a.md', '# A\n\n:::beta[Mailbox]{kind=svc region=eu}\n:::\n\n## Topic :alpha{kind=svc region=ap}\n\n:::classification{ref=queue region=us}\n:::\n'),
      write('b.md', '---\nclassification: beta\nclassification_kind: svc\nclassification_region: sa\n---\n\n# B\n'),
    ].map((filePath) => ({filePath, frontMatter: filePath.endsWith('b.md') ? {classification: 'beta', classification_kind: 'svc', classification_region: 'sa'} : {}, permalink: `/${path.basename(filePath, '.md')}`, source: path.basename(filePath), title: path.basename(filePath, '.md')}));
    const snapshot = await snapshotOfPages({pages, siteDir: dir, taxonomy, registry: registry.registry});
    assert.deepEqual(snapshot.problems, []);
    assert.deepEqual(
      snapshot.entries.map((entry) => [entry.id, entry.form, entry.level, entry.scope]),
      [
        ['mailbox-eu', 'container', 'beta', {region: 'eu'}],
        ['topic', 'heading', 'alpha', {region: 'ap'}],
        ['queue-us', 'container', 'stable', {region: 'us'}],
        ['b-sa', 'page', 'beta', {region: 'sa'}],
        // The registry's cell no page mentions.
        ['queue-eu', 'registry', 'beta', {region: 'eu'}],
      ],
    );
    assert.deepEqual(JSON.parse(cliOutput(snapshot, {format: 'json', kind: 'svc', all: true})).map((entry: {region: string}) => entry.region), ['eu', 'ap', 'us', 'sa', 'eu']);
    assert.match(cliOutput(snapshot, {kind: 'svc', all: true}), /^LEVEL +KIND +TITLE +SCOPE +SINCE +LINK\nbeta +svc +Mailbox +eu +\/a#mailbox-eu$/m);
    // A mention of a cell the registry does not have says which cells it has, by their keys.
    const mention = await collect(parse(':::classification{ref=queue region=mars}\n:::\n', file), {taxonomy, frontMatter: {}, registry: registry.registry});
    assert.match(formatProblem(mention.problems[0]!, file), /"queue" has no level for mars in the registry \(.*\); expected region of a declared level: eu, us \(add region="…" matching the registry/);
    // Without its scope, a mention says which key is missing.
    const unscoped = await collect(parse(':::classification{ref=queue}\n:::\n', file), {taxonomy, frontMatter: {}, registry: registry.registry});
    assert.deepEqual(unscoped.problems.map((problem) => formatProblem(problem, file)), [
      '/site/docs/page.md:1:1: :::classification{ref=queue} is missing region; expected region="…" on every service (add region="…")',
    ]);
    fs.rmSync(dir, {recursive: true, force: true});
  });
});

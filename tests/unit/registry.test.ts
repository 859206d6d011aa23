/** The registry: schema errors with their place, and pages that refer to it. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, it} from 'node:test';
import {anchorOfId, changedRegistry, collect, readSettled, SETTLE_MS, DEFAULT_KINDS, DEFAULT_LEVELS, formatProblem, jsonNodes, loadRegistries, loadRegistry, readRegistry} from '../support/internals.ts';
import {parse} from '../support/pipeline.ts';

const taxonomy = {levels: DEFAULT_LEVELS, kinds: DEFAULT_KINDS};
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'classification-registry-'));

function registryOf(yaml: string) {
  const file = path.join(dir, `r${Math.random().toString(36).slice(2)}.yml`);
  fs.writeFileSync(file, yaml);
  const loaded = loadRegistry(file, taxonomy);
  return {...loaded, problems: loaded.problems.map((line) => line.replace(file, 'classification.yml'))};
}

const VALID = `nxd:
  title: NeuronX Distributed
  kind: package
  level: beta
  since: '2.15'
llama:
  title: Llama 2 7B
  kind: model
  levels:
    - {framework: PyTorch, workload: training, level: beta}
    - {framework: PyTorch, workload: inference, level: stable}
`;

describe('registry schema', () => {
  const cases: [string, string, string][] = [
    ['unknown kind', 'a:\n  title: A\n  kind: featur\n  level: beta\n', 'classification.yml:3:9: unknown kind "featur" in "a"; expected one of api, package, feature, model (did you mean "feature"?)'],
    ['unknown level', 'a:\n  title: A\n  kind: api\n  level: betta\n', 'classification.yml:4:10: unknown level "betta" in "a"; expected one of alpha, beta, stable, deprecated (did you mean "beta"?)'],
    ['no title', 'a:\n  kind: api\n  level: beta\n', 'classification.yml:1:1: "a" has no title; expected title: the item\'s name (add "title: …" under "a:")'],
    ['unknown key', 'a:\n  title: A\n  kind: api\n  level: beta\n  sinse: 2.1\n', 'classification.yml:5:3: unknown key "sinse" on "a"; expected only title, kind, level, since, removal, replacement, levels, history, review, description, page (did you mean "since"?)'],
    ['bad review date', 'a:\n  title: A\n  kind: api\n  level: beta\n  review: soon\n', 'classification.yml:5:11: review "soon" of "a" is not a date; expected an ISO date such as 2026-06-01 (write review: "2026-06-01")'],
    ['impossible review date', 'a:\n  title: A\n  kind: api\n  level: beta\n  review: 2024-13-45\n', 'classification.yml:5:11: review "2024-13-45" of "a" is not a date that exists; expected an ISO date such as 2026-06-01 (write review: "2026-06-01")'],
    ['impossible since date', 'a:\n  title: A\n  kind: api\n  level: beta\n  since: 2024-02-31\n', 'classification.yml:5:10: since "2024-02-31" in "a" is not a date that exists; expected a version such as 2.18 or v2.18.0, or an ISO date such as 2024-05-01 (write since: "2024-05-01")'],
    ['duplicate item id', 'a:\n  title: A\n  kind: api\n  level: beta\nb:\n  title: B\n  kind: api\n  level: beta\na:\n  title: A again\n  kind: api\n  level: alpha\n', 'classification.yml:9:1: duplicate key "a" in the registry; expected each key once (the first "a" is at line 1) (remove or rename one of them)'],
    ['duplicate key in an item', 'a:\n  title: A\n  kind: api\n  title: B\n  level: beta\n', 'classification.yml:4:3: duplicate key "title" in "a"; expected each key once (the first "title" is at line 2) (remove or rename one of them)'],
    ['an id on two lines', '"a\\nb":\n  title: One\n  kind: api\n  level: beta\n', 'classification.yml:1:1: item id "a\\nb" is not a valid id; expected a name as code writes it, on one line, with no space at either end, no space but " " and no control or invisible character, other than "__proto__" (e.g. "nxd", "fs.promises.readFile", "GET /pets/{id}") (write "a b":)'],
    ['an id with a prototype name', '__proto__:\n  title: P\n  kind: api\n  level: beta\n', 'classification.yml:1:1: item id "__proto__" is not a valid id; expected a name as code writes it, on one line, with no space at either end, no space but " " and no control or invisible character, other than "__proto__" (e.g. "nxd", "fs.promises.readFile", "GET /pets/{id}") (write "proto":)'],
    ['an id with a space at its start', '" Äpi":\n  title: A\n  kind: api\n  level: beta\n', 'classification.yml:1:1: item id " Äpi" is not a valid id; expected a name as code writes it, on one line, with no space at either end, no space but " " and no control or invisible character, other than "__proto__" (e.g. "nxd", "fs.promises.readFile", "GET /pets/{id}") (write "Äpi":)'],
    ['several documents', 'a:\n  title: A\n  kind: api\n  level: beta\n---\nb:\n  title: B\n  kind: api\n  level: beta\n', 'classification.yml:5:1: the registry holds several YAML documents; expected one mapping of item ids to items (remove the "---" line here, or move these items into the first document)'],
    ['model without levels', 'm:\n  title: M\n  kind: model\n  level: beta\n', 'classification.yml:1:1: "m" (model class) needs levels per framework and workload; expected levels: a list of {framework, workload, level} (write "levels:" then "- {framework: …, workload: …, level: beta}")'],
    ['bad id', '"my\\titem":\n  title: A\n  kind: api\n  level: beta\n', 'classification.yml:1:1: item id "my\\titem" is not a valid id; expected a name as code writes it, on one line, with no space at either end, no space but " " and no control or invisible character, other than "__proto__" (e.g. "nxd", "fs.promises.readFile", "GET /pets/{id}") (write "my item":)'],
    ['removal on a preview level', 'a:\n  title: A\n  kind: api\n  level: beta\n  removal: "3.0"\n', 'classification.yml:5:12: removal on "a" is for retired levels, and beta is not one; expected removal on an item of deprecated (remove removal, or make the item deprecated)'],
    ['removal that is no version', 'a:\n  title: A\n  kind: api\n  level: deprecated\n  removal: soon\n', 'classification.yml:5:12: removal "soon" in "a" is neither a version nor a date; expected a version such as 2.18 or v2.18.0, or an ISO date such as 2024-05-01 (write removal: "3.0")'],
    ['history out of lifecycle order', 'a:\n  title: A\n  kind: api\n  history:\n    - {level: beta, since: "2.15"}\n    - {level: alpha, since: "2.18"}\n', 'classification.yml:6:7: the history of "a" goes from beta to alpha, back in the lifecycle; expected entries oldest first, each at a later level of the lifecycle and a later version or date (reorder the history of "a" oldest first)'],
    ['history out of time order', 'a:\n  title: A\n  kind: api\n  history:\n    - {level: alpha, since: "2.18"}\n    - {level: beta, since: "2.9"}\n', 'classification.yml:6:7: the history of "a" has beta since 2.9 after alpha since 2.18; expected entries oldest first, each at a later level of the lifecycle and a later version or date (check the since values of "a")'],
    ['history that contradicts the level', 'a:\n  title: A\n  kind: api\n  level: stable\n  history:\n    - {level: alpha, since: "2.15"}\n    - {level: beta, since: "2.18"}\n', 'classification.yml:4:10: "a" is stable, but its history ends at beta; expected the last history entry at the item\'s current level (add "- {level: stable, since: …}" to the history of "a", or drop "level:" (the history\'s last entry gives it))'],
    ['history entry of an unknown level', 'a:\n  title: A\n  kind: api\n  history:\n    - {level: betta, since: "2.15"}\n', 'classification.yml:5:15: unknown level "betta" in "a"; expected one of alpha, beta, stable, deprecated (did you mean "beta"?)'],
    ['history that is no list', 'a:\n  title: A\n  kind: api\n  level: beta\n  history: beta\n', 'classification.yml:5:12: the history of "a" is not a list of levels; expected history: a list of {level, since}, oldest first, at least one (write "history:" then "- {level: alpha, since: \'2.15\'}" under "a:")'],
    ['not a mapping', '- a\n- b\n', 'classification.yml:1:1: the registry is not a mapping; expected item ids as keys, e.g. "nxd:" followed by the item\'s title, kind and level (write "my-item:" then indented "title:", "kind:" and "level:")'],
    ['YAML syntax', 'a:\n  title: "unclosed\n', 'classification.yml:3:1: YAML syntax error: Missing closing "quote; expected a mapping of item ids to items (fix the syntax at this place)'],
  ];
  for (const [name, yaml, expected] of cases) {
    it(name, () => {
      assert.deepEqual(registryOf(yaml).problems, [expected]);
    });
  }

  it('keeps numbers as written: versions and ids are text', () => {
    const {registry, problems} = registryOf(
      '010:\n  title: Ten\n  kind: api\n  level: beta\n  since: 2.10\n0x1F:\n  title: Hex\n  kind: api\n  level: beta\n  since: 9999999999999999999.1\n1e3:\n  title: Thousand\n  kind: api\n  level: beta\n',
    );
    assert.deepEqual(problems, []);
    assert.deepEqual([...registry!.items.keys()], ['010', '0x1F', '1e3']);
    assert.equal(registry!.items.get('010')!.since, '2.10');
    assert.equal(registry!.items.get('0x1F')!.since, '9999999999999999999.1');
    const json = registryOf('{"nxd": {"title": "NXD", "kind": "package", "level": "beta", "since": 2.10}}');
    assert.equal(json.registry!.items.get('nxd')!.since, '2.10');
  });

  it('reads items and fields written as aliases', () => {
    const {registry, problems} = registryOf(
      'base: &base\n  title: Base\n  kind: api\n  level: beta\ncopy: *base\nllama:\n  title: Llama\n  kind: model\n  levels:\n    - &cell {framework: PyTorch, workload: training, level: beta}\nother:\n  title: Other\n  kind: model\n  levels:\n    - *cell\n',
    );
    assert.deepEqual(problems, []);
    assert.equal(registry!.items.get('copy')!.title, 'Base');
    assert.equal(registry!.items.get('other')!.levels![0]!.scope.framework, 'PyTorch');
  });

  it('reads a valid registry', () => {
    const {registry, problems} = registryOf(VALID);
    assert.deepEqual(problems, []);
    assert.equal(registry!.items.get('nxd')!.level, 'beta');
    assert.deepEqual(registry!.items.get('llama')!.levels!.map((cell) => cell.level), ['beta', 'stable']);
  });
});

describe('ids as code names them', () => {
  it('takes an id as code writes it; a page refers to it by that name, and its anchor is derived from it', async () => {
    const {registry, problems} = registryOf(
      'fs.promises.readFile:\n  title: fs.promises.readFile\n  kind: api\n  level: beta\n"GET /pets/{id}":\n  title: Get a pet\n  kind: api\n  level: alpha\n"Map.@@iterator":\n  title: Map.@@iterator\n  kind: api\n  level: alpha\n',
    );
    assert.deepEqual(problems, []);
    assert.deepEqual([...registry!.items.keys()], ['fs.promises.readFile', 'GET /pets/{id}', 'Map.@@iterator']);
    const markdown = ':::classification{ref=fs.promises.readFile}\n:::\n\n:::classification{ref="GET /pets/{id}"}\n:::\n\nSee :classification[the iterator]{ref="Map.@@iterator"}.\n';
    const collection = await collect(parse(markdown, '/site/docs/api.md'), {taxonomy, frontMatter: {}, registry});
    assert.deepEqual(collection.problems, []);
    assert.deepEqual(
      collection.items.map(({item}) => [item.ref, item.id, item.level]),
      [
        ['fs.promises.readFile', 'fs.promises.readFile', 'beta'],
        ['GET /pets/{id}', anchorOfId('GET /pets/{id}'), 'alpha'],
      ],
    );
  });

  it('refuses invisible characters and spaces other than " " inside an id', () => {
    for (const [id, fix] of [['a\u200bb', 'ab'], ['a\u00a0b', 'a b']] as const) {
      const {problems} = registryOf(`${JSON.stringify(id)}:\n  title: A\n  kind: api\n  level: beta\n`);
      assert.equal(problems.length, 1, JSON.stringify(id));
      assert.ok(problems[0]!.endsWith(`(write ${JSON.stringify(fix)}:)`), problems[0]);
    }
  });

  it('keeps the cells of two ids the slugger reads alike apart, and quotes an id in the suggestions it writes', async () => {
    const {registry} = registryOf(
      '"meta-llama/Llama-3.1-8B":\n  title: A\n  kind: model\n  levels:\n    - {framework: PyTorch, workload: training, level: beta}\n"meta-llama/Llama-31-8B":\n  title: B\n  kind: model\n  levels:\n    - {framework: PyTorch, workload: training, level: beta}\n"GET /pets/{id}":\n  title: Get a pet\n  kind: api\n  level: beta\n',
    );
    const markdown = ':::classification{ref="meta-llama/Llama-3.1-8B" framework=PyTorch workload=training}\n:::\n\n:::classification{ref="meta-llama/Llama-31-8B" framework=PyTorch workload=training}\n:::\n\n:::alpha{ref="GET /pets/{id}"}\n:::\n';
    const collection = await collect(parse(markdown, '/site/docs/models.md'), {taxonomy, frontMatter: {}, registry});
    const [first, second] = collection.items.map(({item}) => item.id);
    assert.notEqual(first, second);
    assert.match(first!, /^meta-llama-Llama-3\.1-8B-[0-9a-z]{7}-pytorch-training$/);
    const problems = collection.problems.map((problem) => formatProblem(problem, '/site/docs/models.md'));
    assert.equal(problems.length, 1);
    assert.ok(problems[0]!.includes('(write :::classification{ref="GET /pets/{id}"} to follow the registry'), problems[0]);
  });

  it('derives an anchor that is the id when plain, else readable, the same every build, and never shared by two ids', () => {
    assert.equal(anchorOfId('nxd'), 'nxd');
    assert.equal(anchorOfId('fs.promises.readFile'), 'fs.promises.readFile');
    assert.match(anchorOfId('GET /pets/{id}'), /^GET-pets-id-[0-9a-z]{7}$/);
    assert.match(anchorOfId('Map.@@iterator'), /^Map\.-iterator-[0-9a-z]{7}$/);
    assert.match(anchorOfId('@@@'), /^item-[0-9a-z]{7}$/);
    assert.equal(anchorOfId('GET /pets/{id}'), anchorOfId('GET /pets/{id}'));
    const similar = ['Map.@@iterator', 'Map.@iterator', 'Map.--iterator', 'Map.-iterator', 'GET /pets/{id}', 'GET /pets/{id}/', 'get /pets/{id}'];
    assert.equal(new Set(similar.map(anchorOfId)).size, similar.length);
  });
});

describe('a registry saved in place', () => {
  it('is read once the editor has written it, not between its truncation and its write', async () => {
    // An editor that saves in place empties the file, then writes it; the dev server's watcher reports only the first.
    const file = path.join(dir, 'in-place.yml');
    fs.writeFileSync(file, '');
    // The editor writes while the reader waits (the clock is not the test's: the write comes in the first wait).
    let waits = 0;
    const wait = async () => {
      if ((waits += 1) === 1) {
        fs.writeFileSync(file, VALID);
      }
    };
    assert.equal(await readSettled(file, wait), VALID);
    const {registry, problems} = await readRegistry([file], taxonomy);
    assert.deepEqual(problems, []);
    assert.deepEqual([...registry!.items.keys()], ['nxd', 'llama']);
  });

  it('is read after one wait when its time is stamped ahead of the clock, at once when it is older than the wait', async () => {
    const file = path.join(dir, 'ahead.yml');
    fs.writeFileSync(file, VALID);
    const waits: number[] = [];
    const wait = async (ms: number) => void waits.push(ms);
    const ahead = new Date(Date.now() + 10_000);
    fs.utimesSync(file, ahead, ahead);
    assert.equal(await readSettled(file, wait), VALID);
    assert.deepEqual(waits, [SETTLE_MS]);
    const old = new Date(Date.now() - 10_000);
    fs.utimesSync(file, old, old);
    assert.equal(await readSettled(file, wait), VALID);
    assert.deepEqual(waits, [SETTLE_MS], 'no wait for a file older than the wait');
  });
});

describe('a registry of several files', () => {
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  it('keeps the items of the files that load when one does not', () => {
    const good = write('good.yml', VALID);
    const broken = write('broken.yml', 'a: [\n');
    const {registry, problems} = loadRegistries([good, broken], taxonomy);
    assert.deepEqual([...registry!.items.keys()], ['nxd', 'llama']);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!, /broken\.yml:/);
  });

  it('a page compile sees the files as the snapshot read them until one changes, and not while one that held items is empty', async () => {
    const first = write('first.yml', VALID);
    const second = write('second.yml', 'extra:\n  title: Extra\n  kind: api\n  level: alpha\n');
    const {registry, hash} = await readRegistry([first, second], taxonomy);
    const given = {sources: registry!.sources, hash, items: [...registry!.items.values()]};
    assert.equal(changedRegistry(given, taxonomy), undefined, 'the same text: the snapshot holds');
    fs.writeFileSync(second, '');
    assert.equal(changedRegistry(given, taxonomy), undefined, 'emptied: an editor between emptying and writing it');
    fs.writeFileSync(second, 'extra:\n  title: Extra\n  kind: api\n  level: beta\n');
    assert.equal(changedRegistry(given, taxonomy)?.items.get('extra')?.level, 'beta');
  });
});

describe('references', () => {
  const {registry} = registryOf(VALID);
  const file = '/site/docs/page.md';
  async function collected(markdown: string, frontMatter: Record<string, unknown> = {}) {
    const collection = await collect(parse(markdown, file), {taxonomy, frontMatter, registry});
    return {
      items: collection.items.map(({item}) => [item.id, item.level, item.kind, item.title, item.since ?? '']),
      problems: collection.problems.map((problem) => formatProblem(problem, file).replace(registry!.sources[0]!.path, 'classification.yml')),
    };
  }

  it('a container, a heading and the front matter take level, kind and title from the registry', async () => {
    const result = await collected(
      '---\nclassification_ref: nxd\n---\n\n:::classification{ref=nxd}\n:::\n\n## Training :classification{ref=llama framework=PyTorch workload=training}\n',
      {classification_ref: 'nxd'},
    );
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.items, [
      ['nxd', 'beta', 'package', '', '2.15'],
      ['nxd-1', 'beta', 'package', 'NeuronX Distributed', '2.15'],
      ['training', 'beta', 'model', 'Training', ''],
    ]);
  });

  it('an unknown ref, with did-you-mean', async () => {
    assert.deepEqual((await collected(':::classification{ref=nxdd}\n:::\n')).problems, [
      '/site/docs/page.md:1:1: unknown ref "nxdd" in :::classification; expected an item id of classification.yml (did you mean "nxd"?)',
    ]);
  });

  it('an unknown ref in a registry that defines no item says so', async () => {
    const empty = registryOf('').registry;
    const collection = await collect(parse(':::classification{ref=nxd}\n:::\n', file), {taxonomy, frontMatter: {}, registry: empty});
    assert.deepEqual(
      collection.problems.map((problem) => formatProblem(problem, file).replaceAll(empty!.sources[0]!.path, 'classification.yml')),
      ['/site/docs/page.md:1:1: unknown ref "nxd" in :::classification; expected an item id of classification.yml, which defines none (define "nxd" in classification.yml)'],
    );
  });

  it('a level that contradicts the registry', async () => {
    assert.deepEqual((await collected(':::alpha{ref=nxd}\n:::\n')).problems, [
      '/site/docs/page.md:1:1: :::alpha contradicts the registry: "nxd" is beta (classification.yml:1:1); expected beta, as the registry says (write :::classification{ref=nxd} to follow the registry, or change the level there)',
    ]);
  });

  it('a kind that contradicts the registry', async () => {
    assert.match((await collected(':::beta{ref=nxd kind=api}\n:::\n')).problems[0]!, /says kind=api, but "nxd" is package in the registry/);
  });

  it('a model class cell the registry does not declare', async () => {
    assert.match(
      (await collected(':::classification{ref=llama framework=JAX workload=training}\n:::\n')).problems[0]!,
      /"llama" has no level for JAX × training in the registry \(classification\.yml:6:1\); expected framework and workload of a declared level: PyTorch × training, PyTorch × inference/,
    );
  });

  it('a ref without a registry', async () => {
    const collection = await collect(parse(':::classification{ref=nxd}\n:::\n', file), {taxonomy, frontMatter: {}});
    assert.match(formatProblem(collection.problems[0]!, file), /refers to the registry, but the site has none; expected the plugin option registry/);
  });

  it('an inline mention shows the current level after its label', async () => {
    const collection = await collect(parse('Use :classification[NxD]{ref=nxd} now.\n', file), {taxonomy, frontMatter: {}, registry});
    assert.deepEqual(collection.problems, []);
    assert.deepEqual(collection.found.map(({form, value}) => [form, (value as {level: {id: string}}).level.id, (value as {labelled: boolean}).labelled]), [['badge', 'beta', true]]);
  });
});

describe('a JSON registry', () => {
  /** The same text read as JSON (its own reader) and as YAML (the YAML library: JSON is YAML): problems and items. */
  const both = (text: string) =>
    (['json', 'yaml'] as const).map((extension) => {
      const file = path.join(dir, `both.${extension}`);
      fs.writeFileSync(file, text);
      const {registry, problems} = loadRegistry(file, taxonomy);
      return {problems: problems.map((line) => line.replace(file, 'F')), items: [...(registry?.items.values() ?? [])].map((item) => ({...item, file: 'F'}))};
    });
  const texts = {
    'valid, CRLF, escapes, unicode, nested lists, a version written as a number':
      '{\r\n  "nxd": {"title": "N\\u00e9uron \\"X\\" D\\\\", "kind": "package", "level": "beta", "since": 2.10},\r\n  "llama": {"title": "Llama 2 🦙", "kind": "model", "levels": [{"framework": "PyTorch", "workload": "training", "level": "alpha"}]}\r\n}\r\n',
    'every kind of problem, each at its place':
      '{\n  "a": {"title": "A", "kind": "apii", "level": "beta"},\n  "b": {"title": "B", "kind": "api", "extra": [1, {"x": null}], "levels": true},\n  "a": {"title": "again", "kind": "api", "level": "beta"},\n  "c": {"title": "C\\nD", "kind": "api", "history": [{"level": "beta", "since": "2.0"}, {"level": "alpha", "since": 1.0}]},\n  "bad id": {"title": "E", "kind": "api", "level": false}\n}',
    'not a mapping': '[1, 2, 3]',
    'empty object': '{}',
  };
  for (const [name, text] of Object.entries(texts)) {
    it(`reads ${name} as the YAML library does, without it`, () => {
      assert.notEqual(jsonNodes(text), undefined, 'the JSON reader takes it');
      const [json, yaml] = both(text);
      assert.deepEqual(json, yaml);
    });
  }

  it('leaves what is not plain JSON (a trailing comma, a comment, a syntax error) to the YAML library, which places its error', () => {
    for (const text of ['{"a": {"title": "A", "kind": "api", "level": "beta"},}', '{"a": 1} // note', '{"a": {"title": "A"', '\ufeff{}']) {
      assert.equal(jsonNodes(text), undefined, text);
    }
    const [json] = both('{"a": {"title": "A", "kind": "api", "level": "beta"\n');
    assert.match(json!.problems[0]!, /^F:\d+:\d+: JSON syntax error: /);
  });
});

/**
 * The lifecycle after Stable, in the site index: a retired item's removal
 * judged by the docs version that documents it, its replacement resolved or
 * reported, and a registry item's history on its entry.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';
import {compareSince, DEFAULT_KINDS, DEFAULT_LEVELS, isRemoved, loadRegistry, snapshotOfPages} from '../support/internals.ts';

const taxonomy = {levels: DEFAULT_LEVELS, kinds: DEFAULT_KINDS};
const versions = [
  {name: 'current', label: 'Next', isLast: false},
  {name: '3.0', label: '3.0', isLast: true},
  {name: '2.19', label: '2.19', isLast: false},
];
let siteDir: string;

function write(file: string, text: string): string {
  const full = path.join(siteDir, file);
  fs.mkdirSync(path.dirname(full), {recursive: true});
  fs.writeFileSync(full, text);
  return full;
}

function page(file: string, version: string, permalink: string) {
  return {filePath: path.join(siteDir, file), frontMatter: {}, permalink, source: file, title: path.basename(file, '.md'), version};
}

before(() => {
  siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'classification-lifecycle-'));
});

after(() => {
  fs.rmSync(siteDir, {recursive: true, force: true});
});

describe('versions and removal', () => {
  it('orders versions as semver does (a leading v ignored, pre-releases before their release) and dates by date; a version and a date not at all', () => {
    assert.equal(compareSince('2.9', '2.10'), -1);
    assert.equal(compareSince('v3.0', '3'), 0);
    assert.equal(compareSince('2.0', 'v2.0.0'), 0);
    assert.equal(compareSince('2024-05-01', '2023-12-31'), 1);
    assert.equal(compareSince('2.10', '2024-05-01'), undefined);
    assert.equal(compareSince('3.0-rc1', '3.0'), -1);
    assert.equal(compareSince('2.0.0-rc.1', '1.9'), 1, 'a pre-release of 2.0.0 comes after 1.9');
    // semver.org's own example of precedence, in order.
    const precedence = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0'];
    for (let index = 1; index < precedence.length; index += 1) {
      assert.equal(compareSince(precedence[index - 1]!, precedence[index]!), -1, `${precedence[index - 1]} < ${precedence[index]}`);
      assert.equal(compareSince(precedence[index]!, precedence[index - 1]!), 1);
    }
    assert.equal(compareSince('1.0.0+build.5', '1.0.0'), 0, 'build metadata does not order');
    assert.equal(compareSince('2024-02-31', '2024-03-01'), undefined, 'a date that does not exist orders nothing');
  });

  it('a retired item is removed in a docs version at or past its removal, in the current docs once the last release is, and after its date', () => {
    const release = {versions, today: '2026-12-01'};
    assert.equal(isRemoved('3.0', '2.19', release), false, 'documented in 2.19: will be removed in 3.0');
    assert.equal(isRemoved('3.0', '3.0', release), true);
    assert.equal(isRemoved('3.0', 'current', release), true, 'Next comes after 3.0, the last release');
    assert.equal(isRemoved('3.1', 'current', release), false);
    assert.equal(isRemoved('2026-11-30', undefined, release), true);
    assert.equal(isRemoved('2027-01-01', undefined, release), false);
    assert.equal(isRemoved('3.0', undefined, {versions: [], today: '2026-12-01'}), false, 'without versions, only dates are judged');
    // Current docs labelled with their version: that version.
    const labelled = {versions: [{name: 'current', label: '2.x', isLast: true}, {name: '1.0', label: '1.0', isLast: false}], today: '2026-12-01'};
    assert.equal(isRemoved('2.0', 'current', labelled), true, '2.x is 2');
    assert.equal(isRemoved('2.0', '1.0', labelled), false);
    assert.equal(isRemoved('2.1', 'current', labelled), false);
    // Versions named 3.x are 3.
    const named = {versions: [{name: 'current', label: 'Next', isLast: false}, {name: '3.x', label: '3.x', isLast: true}, {name: '2.x', label: '2.x', isLast: false}], today: '2026-12-01'};
    assert.equal(isRemoved('3.0', '3.x', named), true);
    assert.equal(isRemoved('3.0', '2.x', named), false);
    assert.equal(isRemoved('3.0', 'current', named), true, 'Next: after 3.x');
  });
});

describe('the site index of retired items', () => {
  it('reports an item still documented past its removal, in the versions that are, and a replacement that resolves nowhere', async () => {
    const deprecated = ':::deprecated[torch_neuron.old_trace]{kind=api since=2.19 removal=3.0 replacement=new_trace}\n\nUse the new one.\n\n:::\n';
    write('versioned_docs/version-2.19/api.md', `# API\n\n${deprecated}`);
    write('versioned_docs/version-3.0/api.md', `# API\n\n${deprecated}\n## new_trace :beta{kind=api}\n`);
    write('docs/api.md', '# API\n\n:::deprecated[old_flag]{kind=feature removal=3.0 replacement=nothing_here}\n:::\n\n:::deprecated[old_env]{kind=api replacement=/docs/env}\n:::\n');
    const {entries, problems, stale} = await snapshotOfPages({
      pages: [page('versioned_docs/version-2.19/api.md', '2.19', '/docs/2.19/api'), page('versioned_docs/version-3.0/api.md', '3.0', '/docs/api'), page('docs/api.md', 'current', '/docs/next/api')],
      siteDir,
      versions,
    });
    assert.deepEqual(problems.map((line) => line.replace(`${siteDir}/`, '')), [
      'docs/api.md:3:1: replacement "nothing_here" of "old_flag" resolves nowhere; expected a registry id, the id of one item on this site, or a link (/docs/page#id, https://…) (write replacement=new_api with an id that exists, or a link)',
    ]);
    // 2.19 documents it before its removal; 3.0 and Next past it (versions named by their labels).
    assert.deepEqual(stale.map((line) => /^([^:]+): .*documented(?: in version ([^,]+))?, past its removal in ([^;]*); expected the item gone from the docs once it is removed: from the docs of versions at or past its removal version/.exec(line.replace(`${siteDir}/`, ''))?.slice(1)), [
      ['versioned_docs/version-3.0/api.md', '3.0', '3.0'],
      ['docs/api.md', 'Next', '3.0'],
    ]);
    const old = entries.filter((entry) => entry.title === 'torch_neuron.old_trace');
    assert.deepEqual(old.map((entry) => [entry.version, entry.removal, entry.replacement, entry.staleBy]), [
      ['2.19', '3.0', 'new_trace', undefined],
      ['3.0', '3.0', 'new_trace', 'removal'],
    ]);
  });

  it("carries a registry item's history, its current level the history's last", async () => {
    const file = write('classification.yml', 'nki:\n  title: NKI\n  kind: api\n  history:\n    - {level: alpha, since: "2.15"}\n    - {level: beta, since: "2.18"}\n');
    const {registry, problems: registryProblems} = loadRegistry(file, taxonomy);
    assert.deepEqual(registryProblems, []);
    write('docs/nki.md', '# NKI\n\n:::classification{ref=nki}\n:::\n');
    const {entries, problems} = await snapshotOfPages({pages: [page('docs/nki.md', 'current', '/docs/nki')], siteDir, registry});
    assert.deepEqual(problems, []);
    const [entry] = entries;
    assert.deepEqual([entry!.level, entry!.since, entry!.history], ['beta', '2.18', [{level: 'alpha', since: '2.15'}, {level: 'beta', since: '2.18'}]]);
  });

  it('a replacement that is a registry id written as code writes it (std::fs::read, /v1/users) names that item, not a link', async () => {
    const file = write('registry-code.yml', '"std::fs::read":\n  title: read\n  kind: api\n  level: beta\n"/v1/users":\n  title: Users\n  kind: api\n  level: beta\nold:\n  title: Old\n  kind: api\n  level: deprecated\n  replacement: "std::fs::read"\nolder:\n  title: Older\n  kind: api\n  level: deprecated\n  replacement: /v1/users\n');
    const {registry, problems: registryProblems} = loadRegistry(file, taxonomy);
    assert.deepEqual(registryProblems, []);
    write('docs/io.md', '# IO\n\n:::classification{ref="std::fs::read"}\n:::\n\n:::classification{ref="/v1/users"}\n:::\n\n:::classification{ref=old}\n:::\n\n:::classification{ref=older}\n:::\n');
    const {problems} = await snapshotOfPages({pages: [page('docs/io.md', 'current', '/docs/io')], siteDir, registry});
    assert.deepEqual(problems, []);
  });

  it('a replacement names a registry item before an item id, refuses an id of items on several pages, and a registry-only item is documented nowhere', async () => {
    const file = write('registry-2.yml', 'batching:\n  title: Batching\n  kind: feature\n  level: beta\nold_api:\n  title: Old API\n  kind: api\n  level: deprecated\n  removal: 2024-01-01\n');
    const {registry} = loadRegistry(file, taxonomy);
    write('a/one.md', '# One\n\n### Tuning :beta{kind=feature}\n');
    write('a/two.md', '# Two\n\n### Tuning :beta{kind=feature}\n\n:::deprecated[old]{kind=feature replacement=tuning}\n:::\n\n:::deprecated[older]{kind=feature replacement=batching}\n:::\n\n:::deprecated[oldest]{kind=feature replacement=./new.md}\n:::\n');
    const {problems, stale, entries} = await snapshotOfPages({
      pages: [page('a/one.md', 'current', '/a/one'), page('a/two.md', 'current', '/a/two')],
      siteDir,
      registry,
    });
    assert.deepEqual(problems.map((line) => line.replace(`${siteDir}/`, '')), [
      'a/two.md:5:1: replacement "tuning" of "old" is the id of items on several pages; expected a registry id, the id of one item on this site, or a link (/docs/page#id, https://…) (write replacement=/docs/page#tuning, a link to the one you mean)',
      'a/two.md:11:1: replacement "./new.md" of "oldest" resolves nowhere; expected a registry id, the id of one item on this site, or a link (/docs/page#id, https://…) (write replacement=new_api with an id that exists, or a link)',
    ]);
    assert.deepEqual(stale, [], 'the registry-only Old API is past its removal date, but no page documents it');
    assert.ok(entries.some((entry) => entry.ref === 'old_api' && entry.staleBy === undefined));
  });
});

/**
 * `docusaurus classification`: lists items without building, and `--check`
 * passes on the demo and fails, with every reason, on a broken site. Each
 * site is loaded once, in this process, as the command loads it; the
 * command itself runs twice, for its exit code and the order of its output.
 */
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {before, describe, it} from 'node:test';
import type {IndexEntry} from 'docusaurus-plugin-classification';
import {checkReport, chosenSnapshot, cliOutput, loadSnapshots} from '../support/internals.ts';
import {childEnv, repoRoot} from '../support/site.ts';
import {DEMO_CODE_SOURCES} from '../support/code-oracle.ts';

const cli = createRequire(import.meta.url).resolve('@docusaurus/core/bin/docusaurus.mjs');
const TODAY = '2026-11-25';

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, 'classification', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: childEnv({CLASSIFICATION_TODAY: TODAY}),
  });
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

type Loaded = Awaited<ReturnType<typeof loadSnapshots>>;
const loaded = new Map<string, Loaded>();

/** A site as the command loads it (relative to the repository, as the command's messages name files), once. */
async function site(dir: string): Promise<Loaded> {
  if (!loaded.has(dir)) {
    const cwd = process.cwd();
    process.chdir(repoRoot);
    process.env.CLASSIFICATION_TODAY = TODAY;
    try {
      loaded.set(dir, await loadSnapshots(path.resolve(repoRoot, dir)));
    } finally {
      process.chdir(cwd);
    }
  }
  return loaded.get(dir)!;
}

/** What the command prints for a site: its listing or changes (stdout), and with `check` its report (stderr lines). */
async function output(dir: string, options: Parameters<typeof cliOutput>[1] & {check?: boolean} = {}) {
  const captured = await site(dir);
  const stdout = cliOutput(chosenSnapshot(captured, dir, options.pluginId), options);
  return {stdout, ...(options.check ? checkReport(captured) : {lines: [], passed: true})};
}

describe('docusaurus classification', () => {
  before(async () => {
    await site('.');
  });

  it('--check lists the demo\'s listed items as JSON, and passes: a newcomer copying its CI starts green', () => {
    // The command itself: its exit code, its output on stdout and stderr.
    const {status, stdout, stderr} = run('.', '--check', '--format', 'json');
    const entries = JSON.parse(stdout) as IndexEntry[];
    assert.ok(entries.length >= 20);
    assert.ok(entries.every((entry) => ['alpha', 'beta', 'deprecated'].includes(entry.level)));
    assert.ok(entries.some((entry) => entry.ref === 'nxd' && entry.anchor === '/packages/neuronx-distributed#nxd'));
    // The API reference's and the pet store's items are what the TSDoc tags and the OpenAPI markers say (those the listing shows: not Stable).
    const fromCode = [...DEMO_CODE_SOURCES.typedoc(repoRoot), ...DEMO_CODE_SOURCES.openapi(repoRoot)].filter((item) => item.level !== 'stable');
    const refs = new Set(fromCode.map((item) => item.ref));
    const byRef = (a: {ref?: string}, b: {ref?: string}) => (a.ref! < b.ref! ? -1 : 1);
    assert.deepEqual(entries.filter((entry) => refs.has(entry.ref ?? '')).map(({ref, level}) => ({ref, level})).sort(byRef), fromCode.sort(byRef));
    assert.equal(status, 0, stderr);
    assert.match(stderr.trim(), /^classification check passed: \d+ items, no problem, nothing overdue$/);
  });

  it("--changes lists what the code declares as arriving in the release that first documents it, at its tag's level", async () => {
    const listed = JSON.parse((await output('.', {all: true, format: 'json'})).stdout) as IndexEntry[];
    const refOf = new Map(listed.map((entry) => [entry.anchor, entry.ref]));
    const [release] = JSON.parse((await output('.', {changes: '1.0..2.x', format: 'json'})).stdout) as {label: string; changes: {change: string; anchor: string; to: string}[]}[];
    const fromCode = [...DEMO_CODE_SOURCES.typedoc(repoRoot), ...DEMO_CODE_SOURCES.openapi(repoRoot)];
    const refs = new Set(fromCode.map((item) => item.ref));
    const arrived = release!.changes.filter((change) => refs.has(refOf.get(change.anchor) ?? '')).map((change) => ({ref: refOf.get(change.anchor), level: change.to, change: change.change}));
    const byRef = (a: {ref?: string}, b: {ref?: string}) => (a.ref! < b.ref! ? -1 : 1);
    // The API reference and the pet store are new in 2.x: each item (but those with no page to list them on) arrives there at its level.
    const onPages = fromCode.filter((item) => listed.find((entry) => entry.ref === item.ref)?.permalink);
    assert.equal(release!.label, '2.x');
    assert.deepEqual(arrived.sort(byRef), onPages.map((item) => ({...item, change: 'new'})).sort(byRef));
  });

  it('--plugin-id spec lists the second taxonomy\'s items', async () => {
    const {stdout} = await output('.', {pluginId: 'spec', level: 'rc'});
    assert.deepEqual(stdout.trim().split('\n').slice(1).map((line) => line.split(/\s{2,}/).slice(0, 3)), [
      ['rc', 'component', 'Processor'],
      ['rc', 'component', 'Batching'],
      ['rc', 'component', 'Retries'],
      ['rc', 'signal', 'Attribute names are lowercase'],
    ]);
  });

  it('refuses a level or kind the taxonomy lacks, instead of listing nothing', async () => {
    await assert.rejects(output('.', {level: 'betta'}), /^Error: --level "betta": no such level; expected one of alpha, beta, stable, deprecated \(did you mean "beta"\?\)$/);
    await assert.rejects(output('.', {kind: 'apis'}), /^Error: --kind "apis": no such kind; expected one of api, package, feature, model, instance \(did you mean "api"\?\)$/);
    // Each instance its own taxonomy: the specification's has no api kind.
    await assert.rejects(output('.', {pluginId: 'spec', kind: 'api'}), /--kind "api": no such kind; expected one of component, signal/);
  });

  it('filters by kind and level, as a table or Markdown', async () => {
    const table = await output('.', {kind: 'model', level: 'stable'});
    assert.deepEqual(
      table.stdout.trim().split('\n').map((line) => line.split(/\s{2,}/).slice(0, 3)),
      [
        ['LEVEL', 'KIND', 'TITLE'],
        ['stable', 'model', 'Llama 2 7B'],
      ],
    );
    const markdown = await output('.', {kind: 'package', format: 'markdown'});
    assert.match(markdown.stdout, /^\| Level \| Kind \| Item \| Scope \| Since \|\n\| --- /);
    assert.match(markdown.stdout, /\| beta \| package \| \[NeuronX Distributed\]\(\/packages\/neuronx-distributed#nxd\) \| {2}\| 2\.15 \|/);
    // A kind of the site's own scoped by region: the scope column holds the region.
    const regions = await output('.', {kind: 'instance', all: true});
    assert.deepEqual(
      regions.stdout.trim().split('\n').map((line) => line.split(/\s{2,}/).slice(0, 4)),
      [
        ['LEVEL', 'KIND', 'TITLE', 'SCOPE'],
        ['beta', 'instance', 'Trn2 instances', 'us-east-2'],
        ['alpha', 'instance', 'Trn2 in Europe (Stockholm)', 'eu-north-1'],
        ['beta', 'instance', 'Trn2 UltraServer', 'us-east-2'],
        ['alpha', 'instance', 'Inf2 in South America (São Paulo)', 'sa-east-1'],
        ['alpha', 'instance', 'Trn2 UltraServer', 'us-west-2'],
      ],
    );
  });

  it('--changes prints what changed level between docs versions, as Markdown for release notes, a table or JSON', async () => {
    const markdown = await output('.', {changes: '1.0..2.x', format: 'markdown'});
    const lines = markdown.stdout.split('\n');
    assert.equal(lines[0], '## 2.x (since 1.0)');
    assert.ok(lines.includes('- **Promoted**: [torch\\_neuron.trace](/apis/torch-neuron#torch_neurontrace) (Alpha → Beta)'), markdown.stdout);
    assert.ok(lines.includes('- **New**: [Batch sizes other than the traced one](/apis/torch-neuron#trace-dynamic-batch) (Beta)'));
    assert.ok(lines.indexOf('### APIs') < lines.indexOf('### Packages / Libraries'));
    const json = JSON.parse((await output('.', {changes: true, format: 'json'})).stdout) as {label: string; previous: string; changes: {change: string; title: string}[]}[];
    assert.deepEqual(json.map((release) => [release.previous, release.label]), [['1.0', '2.x']]);
    assert.ok(json[0]!.changes.every((change) => ['promoted', 'demoted', 'new', 'deprecated', 'removed'].includes(change.change)));
    const table = (await output('.', {changes: true})).stdout;
    assert.match(table, /^2\.x \(since 1\.0\)\n {2}promoted +api +/);
    assert.match(table, /^ {2}promoted +api +torch_neuron\.trace +Alpha → Beta +\/apis\/torch-neuron#torch_neurontrace$/m);
    // A page classified in its front matter, then by a registry item: the same item, promoted.
    assert.match(table, /^ {2}promoted +package +NeuronX Distributed +Alpha → Beta +\/packages\/neuronx-distributed#nxd$/m);
    assert.doesNotMatch(table, /new +package +NeuronX Distributed/);
    // The README shows this output: its lines are the real ones.
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const shown = /\$ npx docusaurus classification --changes 1\.0\.\.2\.x --format markdown\n([\s\S]*?)\n…\n```/.exec(readme)?.[1];
    assert.ok(shown, 'the README shows --changes');
    assert.equal(`${markdown.stdout}\n`.startsWith(`${shown}\n`), true, shown);
    await assert.rejects(output('.', {changes: '0.9..1.0'}), /--changes 0\.9\.\.1\.0: no such release; expected one of 1\.0\.\.2\.x/);
  });

  it('--changes without versioned docs follows since values and registry histories', async () => {
    await assert.rejects(output('.', {pluginId: 'spec', changes: '2026-09-01..2026-10-01'}), /--changes 2026-09-01\.\.2026-10-01: a range names two consecutive docs versions, and this site has no versioned docs; name one release: /);
    const {stdout} = await output('.', {pluginId: 'spec', changes: '2026-10-01'});
    assert.deepEqual(stdout.trim().split('\n').map((line) => line.trim().split(/\s{2,}/).slice(0, 4)), [
      ['2026-10-01'],
      ['new', 'component', 'Batching', 'Release Candidate'],
      ['new', 'component', 'Retries', 'Release Candidate'],
    ]);
  });

  it('--check fails on a broken site with every problem and overdue item', async () => {
    const {stdout, lines, passed} = await output(path.join('tests', 'fixtures', 'sites', 'failing'), {check: true});
    assert.equal(passed, false);
    assert.match(stdout, /beta\s+feature\s+Old feature/);
    assert.deepEqual(lines, [
      'tests/fixtures/sites/failing/classification.yml:16:9: unknown kind "featur" in "broken"; expected one of api, package, feature, model (did you mean "feature"?)',
      'tests/fixtures/sites/failing/docs/index.md:6:1: unknown ref "old-featur" in :::classification; expected an item id of tests/fixtures/sites/failing/classification.yml (did you mean "old-feature"?)',
      'docs/index.md: beta feature "Old feature" is overdue: it has been in preview since 2024-01-01 (1059 days; maxPreviewAge is 90d); expected a review of its level (change the level, or its since/review date)',
      // A deprecated API documented after its removal date (the demo's own check passes: the case lives here).
      'docs/retired.md: deprecated api "torch_neuron.trace_v1" is overdue: it is still documented, past its removal on 2025-06-01; expected the item gone from the docs once it is removed: from the docs of versions at or past its removal version, from all docs after its removal date (remove it there, or move its removal)',
      'classification.yml: alpha api "Reviewed API" is overdue: its review date 2025-01-01 has passed; expected a review of its level (change the level, or its since/review date)',
      'classification check failed: 2 problems, 3 overdue items',
    ]);
  });

  it('--check fails on a page it cannot read, naming its place, instead of counting it as empty', async () => {
    const {stdout, lines, passed} = await output(path.join('tests', 'fixtures', 'sites', 'unparsable'), {check: true});
    assert.equal(passed, false);
    assert.equal(stdout.trim().split('\n').length, 1, 'no item: the header line alone');
    assert.deepEqual(lines, [
      'tests/fixtures/sites/unparsable/docs/index.mdx:13:35: the page cannot be read as MDX: Unexpected end of file in expression, expected a corresponding closing brace for `{`; expected a page Docusaurus can compile; until it is, its items are missing from the index (fix the syntax at this place)',
      'classification check failed: 1 problem, 0 overdue items',
    ]);
  });

  it('rejects an unknown format', () => {
    const {status, stderr} = run('.', '--format', 'yaml');
    assert.notEqual(status, 0);
    assert.match(stderr, /--format must be table, json or markdown, not "yaml"/);
    assert.doesNotMatch(stderr, /\n\s+at /, 'one line, no stack');
  });
});

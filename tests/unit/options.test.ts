/** Options: defaults, merging over the defaults, and clear errors. */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {admonitionKeywords, checkNames, DEFAULT_KINDS, DEFAULT_LEVELS, normalizeOptions, DEFAULT_OPTIONS, type Options} from '../support/internals.ts';

function error(options: unknown): string {
  try {
    normalizeOptions(options as Options);
  } catch (caught) {
    return (caught as Error).message;
  }
  assert.fail('expected a validation error');
}

describe('options', () => {
  it('defaults to the seed taxonomy with vendor-neutral texts', () => {
    const options = normalizeOptions({});
    assert.deepEqual(options.levels.map((level) => [level.id, level.label, level.phase, level.listed, typeof level.notice]), [
      ['alpha', 'Alpha', 'preview', true, 'boolean'],
      ['beta', 'Beta', 'preview', true, 'boolean'],
      ['stable', 'Stable', 'stable', false, 'boolean'],
      ['deprecated', 'Deprecated', 'retired', true, 'string'],
    ]);
    assert.equal(options.defaultLevel, 'stable');
    assert.deepEqual(options.kinds.map((kind) => kind.id), ['api', 'package', 'feature', 'model']);
    assert.equal(options.indexRoute, '/classification');
    assert.equal(options.outputFile, 'classification.json');
    assert.equal(options.includeStable, false);
    assert.equal(options.onInvalidContent, 'throw');
    for (const kind of options.kinds) {
      assert.doesNotMatch(kind.disclaimer + kind.table.footnotes.join(' '), /AWS|Neuron|Amazon/);
    }
    assert.deepEqual(options.kinds.find((kind) => kind.id === 'model')!.requires, ['framework', 'workload']);
    assert.equal(DEFAULT_OPTIONS.indexRoute, '/classification');
  });

  it('merges a kind over its defaults and keeps the rest', () => {
    const options = normalizeOptions({kinds: {api: {disclaimer: 'Custom.'}, feature: false}});
    const api = options.kinds.find((kind) => kind.id === 'api')!;
    assert.equal(api.disclaimer, 'Custom.');
    assert.deepEqual(api.table.columns, ['API Contract', 'API Backward Compatibility']);
    assert.deepEqual(options.kinds.map((kind) => kind.id), ['api', 'package', 'model']);
  });

  it('gives levels a phase, and listing, notice and colour that follow it unless set', () => {
    const options = normalizeOptions({
      levels: [
        {id: 'development', label: 'Development', phase: 'preview', color: '#6f42c1'},
        {id: 'alpha'},
        {id: 'rc', label: 'Release Candidate', preview: true, notice: false},
        {id: 'stable'},
        {id: 'deprecated', notice: 'Going away.'},
        {id: 'unmaintained', label: 'Unmaintained', phase: 'retired', listed: false, color: 'secondary'},
      ],
      defaultLevel: 'alpha',
    });
    assert.deepEqual(
      options.levels.map(({id, phase, listed, notice, color}) => [id, phase, listed, notice, color]),
      [
        ['development', 'preview', true, true, '#6f42c1'],
        ['alpha', 'preview', true, true, undefined],
        ['rc', 'preview', true, false, undefined],
        ['stable', 'stable', false, false, undefined],
        ['deprecated', 'retired', true, 'Going away.', undefined],
        ['unmaintained', 'retired', false, 'Items at this level are no longer recommended and may be removed in a future release; do not use them in new work.', 'secondary'],
      ],
    );
    assert.equal(options.defaultLevel, 'alpha');
  });

  it('refuses a level out of lifecycle order, an unknown phase or colour, both phase and preview, and a default level that is none', () => {
    assert.match(
      error({levels: [{id: 'stable'}, {id: 'beta'}]}),
      /levels must be in lifecycle order \(preview levels, then stable, then retired\), but "stable" \(stable\) comes before "beta" \(preview\); move "beta" before "stable"/,
    );
    assert.match(error({levels: [{id: 'deprecated'}, {id: 'stable'}]}), /"deprecated" \(retired\) comes before "stable" \(stable\)/);
    assert.match(error({levels: [{id: 'beta', phase: 'sunset' as never}]}), /"levels\[0\]\.phase" must be one of preview, stable, retired \(before Stable, Stable, after it\); it is "sunset"/);
    assert.match(error({levels: [{id: 'beta', color: 'blurple'}]}), /"levels\[0\]\.color" "blurple" is not a colour; expected an Infima colour name \(primary, secondary, success, info, warning, danger\) or a CSS colour/);
    assert.match(error({levels: [{id: 'beta', phase: 'preview', preview: true}]}), /sets both phase and preview; keep phase/);
    assert.match(error({defaultLevel: 'ga'}), /defaultLevel "ga" is not one of the levels \(levels: alpha, beta, stable, deprecated\)/);
    assert.match(error({levels: [{id: 'alpha'}, {id: 'beta'}]}), /no level has the stable phase, so defaultLevel must be set/);
    assert.match(error({kinds: {api: {notices: {retired: 'x'}}}}), /kinds\.api\.notices has a notice for unknown level "retired"; expected one of alpha, beta, stable, deprecated/);
  });

  it('accepts custom levels and kinds', () => {
    const options = normalizeOptions({
      levels: [{id: 'experimental', label: 'Experimental', preview: true}, {id: 'beta'}, {id: 'ga', label: 'GA'}],
      kinds: {
        cli: {
          label: 'CLI command',
          disclaimer: 'Experimental commands may change.',
          table: {columns: ['Flags'], rows: {experimental: ['May change'], ga: ['Frozen']}},
        },
      },
    });
    assert.deepEqual(options.levels, [
      {id: 'experimental', label: 'Experimental', phase: 'preview', listed: true, notice: true},
      {id: 'beta', label: 'Beta', phase: 'preview', listed: true, notice: true},
      {id: 'ga', label: 'GA', phase: 'stable', listed: false, notice: false},
    ]);
    assert.equal(options.defaultLevel, 'ga', 'without a level named stable, the first of the stable phase');
    const cli = options.kinds.find((kind) => kind.id === 'cli')!;
    assert.equal(cli.plural, 'CLI commands');
  });

  it("rejects a level or kind named in its own directives' namespace, naming both and one outside it", () => {
    const own = "the plugin's own directives \\(classification and classification-…, such as classification-table\\)";
    assert.match(
      error({levels: [{id: 'classification', label: 'C'}]}),
      new RegExp(`"levels\\[0\\]\\.id" "classification" clashes with ${own}; pick another name, e.g. "stage"`),
    );
    assert.match(error({levels: [{id: 'classification-table', label: 'T'}]}), new RegExp(`"classification-table" clashes with ${own}; pick another name, e.g. "stage-table"`));
    // A name no form has yet is reserved too: a future form breaks no site.
    assert.match(error({levels: [{id: 'classification-changes', label: 'T'}]}), new RegExp(`"classification-changes" clashes with ${own}`));
    assert.throws(() => normalizeOptions({kinds: {'classification-list': {label: 'L'}}}), new RegExp(`kind "classification-list" clashes with ${own}; pick another name, e.g. "item-list"`));
    // A scope key may not be a field every item has.
    assert.throws(() => normalizeOptions({kinds: {svc: {label: 'Service', requires: ['title']}}}), /kinds\.svc\.requires has "title", which is a field of every item; name the scope otherwise, e.g. "svc-title"/);
  });

  it("rejects a level or kind named like one of the site's admonition keywords, naming both", () => {
    const site = (admonitions: unknown) => ({
      presets: [['classic', {docs: {admonitions}, blog: false}]],
      plugins: [],
    });
    const keywords = admonitionKeywords(site(undefined) as never);
    assert.ok(keywords.includes('note') && keywords.includes('caution'), keywords.join(' '));
    const levels = (id: string) => ({levels: [{id, label: id, phase: 'preview' as const, listed: true, notice: true}], kinds: DEFAULT_KINDS});
    assert.throws(() => checkNames(levels('note'), keywords), /level "note" clashes with the site's admonition keyword "note"/);
    // A keyword the site adds is read from its config; one it does not use is free.
    const custom = admonitionKeywords(site({keywords: ['experiment'], extendDefaults: true}) as never);
    assert.throws(() => checkNames(levels('experiment'), custom), /level "experiment" clashes with the site's admonition keyword/);
    assert.doesNotThrow(() => checkNames(levels('experiment'), keywords));
    assert.throws(
      () => checkNames({levels: DEFAULT_LEVELS, kinds: [{...DEFAULT_KINDS[0]!, id: 'tip'}]}, keywords),
      /kind "tip" clashes with the site's admonition keyword "tip"/,
    );
  });

  it('reads admonition keywords from content plugins however the site names them, and always keeps the defaults', () => {
    const plugins = (name: string) => admonitionKeywords({presets: [], plugins: [[name, {admonitions: {keywords: ['rfc']}}]]} as never);
    for (const name of ['@docusaurus/plugin-content-docs', 'content-blog', '/site/node_modules/@docusaurus/plugin-content-pages/lib/index.js']) {
      assert.ok(plugins(name).includes('rfc'), name);
    }
    const preset = admonitionKeywords({presets: [['/site/node_modules/@docusaurus/preset-classic/lib/index.js', {docs: {admonitions: {keywords: ['adr']}}}]], plugins: []} as never);
    assert.ok(preset.includes('adr'));
    // Admonitions turned off in the one plugin read: a level named "note" is still refused.
    const off = admonitionKeywords({presets: [['classic', {docs: {admonitions: false}, blog: false, pages: false}]], plugins: []} as never);
    assert.ok(off.includes('note'), off.join(' '));
  });

  it('rejects a level that is not a directive name', () => {
    assert.match(error({levels: [{id: 'Beta 2', label: 'B'}]}), /"Beta 2" is not a valid directive name/);
  });

  it('rejects duplicate level ids', () => {
    assert.match(error({levels: [{id: 'beta'}, {id: 'beta'}]}), /contains a duplicate level id "beta"/);
  });

  it('asks for the label of a new level', () => {
    assert.match(error({levels: [{id: 'preview'}]}), /level "preview" needs a label \(the badge text\)/);
  });

  it('rejects table rows that do not fit the columns', () => {
    assert.match(
      error({kinds: {api: {table: {rows: {alpha: ['only one']}}}}}),
      /kinds\.api\.table\.rows\.alpha has 1 cells but the table has 2 columns \(API Contract, API Backward Compatibility\)/,
    );
  });

  it('drops default rows of levels that are gone', () => {
    const options = normalizeOptions({levels: [{id: 'beta'}, {id: 'stable'}]});
    assert.deepEqual(Object.keys(options.kinds[0]!.table.rows), ['beta', 'stable']);
  });

  it('rejects rows of unknown levels that the user wrote', () => {
    assert.match(
      error({levels: [{id: 'alpha'}, {id: 'stable'}], kinds: {api: {table: {rows: {beta: ['x', 'y']}}}}}),
      /kinds\.api\.table\.rows has a row for unknown level "beta"; expected one of alpha, stable/,
    );
  });

  it('rejects an index route without a leading slash', () => {
    assert.match(error({indexRoute: 'classification'}), /"indexRoute" must start with "\/"/);
  });

  it('takes outputFile as a path inside the build folder, and says what to write instead', () => {
    assert.equal(normalizeOptions({outputFile: 'data/classification.json'}).outputFile, 'data/classification.json');
    assert.equal(normalizeOptions({outputFile: false}).outputFile, false);
    const expected = '; expected a path inside the build folder with "/" between its folders, e.g. "classification.json" or "data/classification.json"';
    const cases: [string, string, string][] = [
      ['../escaped.json', 'leaves the build folder through ".."', 'escaped.json'],
      ['data/../../escaped.json', 'leaves the build folder through ".."', 'data/escaped.json'],
      ['/tmp/classification.json', 'is an absolute path', 'tmp/classification.json'],
      ['C:/site/classification.json', 'is an absolute path', 'site/classification.json'],
      ['data\\classification.json', 'has a backslash', 'data/classification.json'],
      ['data//classification.json', 'has an empty folder name', 'data/classification.json'],
      ['./classification.json', 'has a "." folder', 'classification.json'],
      ['data/', 'ends with "/", so names a folder', 'data/classification.json'],
    ];
    for (const [given, what, fix] of cases) {
      assert.equal(error({outputFile: given}), `"outputFile" "${given}" ${what}${expected}; write "${fix}"`);
    }
    assert.match(error({outputFile: ''}), /^"outputFile" is empty; expected a path inside the build folder .*; write "classification\.json", or false to write no file$/);
  });

  it('takes the registry as a file or a list of files, and refuses an empty list, a file twice and what is not YAML or JSON', () => {
    const paths = (registry: Options['registry']) => normalizeOptions({registry}).registry!.map((source) => [source.type, source.path]);
    assert.deepEqual(paths('classification.yml'), [['file', 'classification.yml']]);
    assert.deepEqual(paths(['classification.yml', 'apis.json', {typedoc: 'api/typedoc.json'}]), [['file', 'classification.yml'], ['file', 'apis.json'], ['typedoc', 'api/typedoc.json']]);
    assert.equal(error({registry: []}), '"registry" lists no file; expected a registry file or a list of them, e.g. ["classification.yml", "apis.json"]');
    assert.equal(error({registry: ['a.yml', 'a.yml']}), '"registry[1]" names a file the list already has');
    assert.equal(error({registry: ['a.yml', 'b.txt']}), '"registry[1]" must be a .yml, .yaml or .json file, e.g. "classification.yml"');
    assert.equal(error({registry: 3 as never}), '"registry" must be a registry file or source, or a list of them, e.g. "classification.yml" or ["classification.yml", {typedoc: "api/typedoc.json"}]');
  });

  it('rejects an unknown severity', () => {
    assert.match(error({onInvalidContent: 'fail'}), /"onInvalidContent" must be one of \[ignore, log, warn, throw\]/);
  });

  it('takes newFor as a time or a number of releases, and says which when it is neither', () => {
    assert.equal(normalizeOptions({newFor: '90d'}).newFor, '90d');
    assert.equal(normalizeOptions({newFor: 2}).newFor, 2);
    for (const wrong of ['90 days', 0, 1.5, -1, true]) {
      assert.match(error({newFor: wrong as never}), /"newFor" must be a time, e\.g\. "90d", "12w" or "3m", or a number of releases, e\.g\. 2/, String(wrong));
    }
  });
});

/**
 * Bad input: each mistake gives exactly one message naming file:line:column,
 * what was wrong, what was expected and a fix, and nothing else.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {collect, DEFAULT_KINDS, DEFAULT_LEVELS, formatProblem} from '../support/internals.ts';
import {compileWithDocusaurus} from '../support/docusaurus.ts';
import {parse, transform} from '../support/pipeline.ts';

const taxonomy = {levels: DEFAULT_LEVELS, kinds: DEFAULT_KINDS};
const file = '/site/docs/page.md';

async function problems(markdown: string, frontMatter: Record<string, unknown> = {}): Promise<string[]> {
  const collection = await collect(parse(markdown, file), {taxonomy, frontMatter});
  return collection.problems.map((problem) => formatProblem(problem, file));
}

const cases: [string, string, string, Record<string, unknown>?][] = [
  [
    'unknown kind, near miss',
    ':::beta[torch_neuron.trace]{kind=apii}\nBody\n:::\n',
    '/site/docs/page.md:1:1: unknown kind "apii" in :::beta; expected one of api, package, feature, model (did you mean "api"?)',
  ],
  [
    'missing kind',
    'Text\n\n:::alpha[Thing]\nBody\n:::\n',
    '/site/docs/page.md:3:1: :::alpha is missing its kind; expected a kind: one of api, package, feature, model (write :::alpha{kind=api})',
  ],
  [
    'unknown attribute, near miss',
    ':::beta[X]{kind=api snice=2.1}\n:::\n',
    '/site/docs/page.md:1:1: unknown attribute "snice" on :::beta; expected only id, class, title, kind, since, removal, replacement, ref (did you mean "since"?)',
  ],
  [
    'model class without workload',
    ':::beta[Llama]{kind=model framework="PyTorch"}\n:::\n',
    '/site/docs/page.md:1:1: :::beta{kind=model} is missing workload; expected framework="…" workload="…" on every model class (add workload="…")',
  ],
  [
    'since that is neither version nor date',
    ':::beta[X]{kind=api since=soon}\n:::\n',
    '/site/docs/page.md:1:1: since "soon" in :::beta is neither a version nor a date; expected a version such as 2.18 or v2.18.0, or an ISO date such as 2024-05-01 (write since=2.18)',
  ],
  [
    'empty label',
    ':::beta[]{kind=api}\n:::\n',
    '/site/docs/page.md:1:1: :::beta[] has an empty label; expected the item name between the brackets (write :::beta[Item name]{…} or drop the brackets to use the heading above)',
  ],
  [
    'duplicate explicit ids',
    ':::beta[A]{#same kind=api}\n:::\n\n:::alpha[B]{#same kind=api}\n:::\n',
    '/site/docs/page.md:4:1: duplicate id "same"; expected ids unique within the page ("same" is already used at line 1) (rename one, e.g. "same-2")',
  ],
  [
    'explicit id taken by a heading',
    '## Setup\n\n:::beta[A]{#setup kind=api}\n:::\n',
    '/site/docs/page.md:3:1: id "setup" is already the id of a heading (line 1); expected ids unique within the page (choose another id, e.g. "setup-item")',
  ],
  [
    'level written as a leaf directive',
    '::beta{kind=api}\n',
    '/site/docs/page.md:1:1: ::beta is not a classification form; expected :::beta[Title]{kind=…} … ::: for an item, or :beta for an inline badge (write :::beta with three colons)',
  ],
  [
    'table written as a container',
    ':::classification-table{kind=api}\n:::\n',
    '/site/docs/page.md:1:1: :::classification-table must be written with two colons; expected ::classification-table{…} on a line of its own (write ::classification-table)',
  ],
  [
    'table of an unknown kind',
    '::classification-table{kind=feture}\n',
    '/site/docs/page.md:1:1: unknown kind "feture" in ::classification-table; expected one of api, package, feature, model (did you mean "feature"?)',
  ],
  [
    'list of an unknown level',
    '::classification-list{level=bta}\n',
    '/site/docs/page.md:1:1: unknown level "bta" in ::classification-list; expected one of alpha, beta, stable, deprecated (did you mean "beta"?)',
  ],
  [
    'statement item without a kind',
    'Use :beta[the new API] here.\n',
    '/site/docs/page.md:1:5: :beta is missing its kind; expected a kind: one of api, package, feature, model (write :beta{kind=api})',
  ],
  [
    'front matter level, near miss',
    '---\ntitle: Runtime\nclassification: betta\nclassification_kind: package\n---\n\nText\n',
    '/site/docs/page.md:3:1: unknown level "betta" in front matter classification; expected one of alpha, beta, stable, deprecated (did you mean "beta"?)',
    {title: 'Runtime', classification: 'betta', classification_kind: 'package'},
  ],
  [
    'front matter without kind',
    '---\nclassification: beta\n---\n\nText\n',
    '/site/docs/page.md:2:1: front matter classification: beta is missing its kind; expected a classification_kind: one of api, package, feature, model (write classification_kind: "api")',
    {classification: 'beta'},
  ],
  [
    'front matter key, near miss',
    '---\nclassification: beta\nclassification_knd: package\n---\n',
    '/site/docs/page.md:3:1: unknown front matter key "classification_knd"; expected one of classification, classification_id, classification_kind, classification_since, classification_removal, classification_replacement, classification_framework, classification_workload, classification_ref (did you mean "classification_kind"?)',
    {classification: 'beta', classification_knd: 'package'},
  ],
];

describe('content problems', () => {
  for (const [name, markdown, expected, frontMatter] of cases) {
    it(name, async () => {
      assert.deepEqual(await problems(markdown, frontMatter), [expected]);
    });
  }

  it('the remark plugin throws them by default, one error for the file', async () => {
    await assert.rejects(transform(':::beta[X]{kind=apii}\n:::\n\n:beta[y]\n', file), (error: Error) => {
      assert.equal(error.name, 'ClassificationError');
      assert.match(error.message, /^Invalid classification \(2 problems\):\n- \/site\/docs\/page\.md:1:1: unknown kind "apii"/);
      assert.match(error.message, /\n- \/site\/docs\/page\.md:4:1: :beta is missing its kind/);
      return true;
    });
  });

  it('a Docusaurus build names the file, line and column', async () => {
    await assert.rejects(compileWithDocusaurus('# T\n\n:::alpha[X]{kind=featur}\n:::\n', {filePath: file}), (error: Error) => {
      assert.match(error.message, /page\.md:3:1: unknown kind "featur" in :::alpha; expected one of api, package, feature, model \(did you mean "feature"\?\)/);
      return true;
    });
  });

  it('#id shorthand inside a heading, which Docusaurus escapes before parsing', async () => {
    await assert.rejects(compileWithDocusaurus('## Flag :beta{#flag kind=api}\n', {filePath: file}), (error: Error) => {
      assert.match(
        error.message,
        /page\.md:1:9: :beta\{#…\} in a heading: Docusaurus reads "\{#" in a heading as a heading id; expected the id as an attribute, :beta\{id=flag kind=…\}, or as a heading id at the end \(write ":beta\{kind=…\} \{#flag\}"\)/,
      );
      assert.doesNotMatch(error.message, /problems\)/);
      return true;
    });
  });

  it('under severity "warn", the text survives and Docusaurus prints no second warning', async () => {
    const warnings: string[] = [];
    const compiled = await compileWithDocusaurus(':::beta[Kept title]{kind=apii}\n\nKept body.\n\n:::\n', {
      filePath: file,
      remark: {onInvalidContent: 'warn'},
    });
    warnings.push(...compiled.warnings);
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0]!, /page\.md:1:1: unknown kind "apii"/);
    assert.match(compiled.code, /Kept title/);
    assert.match(compiled.code, /Kept body\./);
  });

  it('under severity "ignore", nothing is printed and the text survives', async () => {
    const compiled = await compileWithDocusaurus(':::beta[Kept title]{kind=apii}\n\nKept body.\n\n:::\n', {
      filePath: file,
      remark: {onInvalidContent: 'ignore'},
    });
    assert.deepEqual(compiled.warnings, []);
    assert.match(compiled.code, /Kept body\./);
  });
});

/**
 * The quick check, `mayClassify()`: which pages the scan and the remark
 * plugin pass over without parsing. A page it passes over must hold nothing
 * of ours (property.test.ts checks that on random pages); these are the cases
 * it must keep, and the prose it must now let go.
 */
import assert from 'node:assert/strict';
import {it} from 'node:test';
import {DEFAULT_KINDS, DEFAULT_LEVELS, mayClassify} from '../support/internals.ts';

const taxonomy = {levels: DEFAULT_LEVELS, kinds: DEFAULT_KINDS};
const may = (source: string, frontMatter: Record<string, unknown> = {}) => mayClassify(source, frontMatter, taxonomy);

it('keeps every form of ours, whatever the line endings', () => {
  for (const source of [
    ':::beta[Trace]{kind=api}\n:::\n',
    'A sentence with :beta in it.\n',
    '## Heading :alpha{kind=api}\n',
    '::classification-table{kind=api}\n',
    '::classification-list\n',
    ':::classification{ref=nxd}\n:::\n',
    'The :classification[NeuronX]{ref=nxd} library.\n',
    '---\nclassification: beta\nclassification_kind: api\n---\n\nText\n',
    '---\r\nclassification_ref: nxd\r\n---\r\n',
    '\uFEFF---\nclassification: beta\n---\n',
    'classification: beta\n',
  ]) {
    assert.equal(may(source), true, JSON.stringify(source));
  }
});

it('keeps a page whose front matter of ours is given apart from its text', () => {
  assert.equal(may('Text only.\n', {classification: 'beta', classification_kind: 'api'}), true);
  assert.equal(may('Text only.\n', {classification_ref: 'nxd'}), true);
});

it('passes over prose that merely says "classification" or names a level', () => {
  for (const source of [
    'An image classification model, trained for text classification.\n',
    '# Classification of the results\n\nThe classification-table word, and classification_kind as text.\n',
    'Beta and alpha are Greek letters; ratio 16:9; a:b.\n',
    '---\ntitle: Image classification\ntags: [classification]\n---\n',
  ]) {
    assert.equal(may(source), false, JSON.stringify(source));
  }
});

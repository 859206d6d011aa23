/**
 * The demo built with Docusaurus Faster (Rspack, SWC): the remark plugin runs
 * unchanged, and every item the sources declare is on its page.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {before, describe, it} from 'node:test';
import type {IndexEntry} from 'docusaurus-plugin-classification';
import {writtenItems} from '../support/oracle.ts';
import {buildDemoSite, DEMO_REPORTS, reportedLines, repoRoot, type Built} from '../support/site.ts';

let built: Built;

describe('the demo under Docusaurus Faster', () => {
  before(() => {
    built = buildDemoSite('demo-faster', repoRoot, {DOCUSAURUS_FASTER: 'true'});
  });

  it('builds with Rspack, the plugin reporting what it reports under webpack', () => {
    // Webpack prints "[webpackbar] … Compiled"; Rspack does not.
    assert.doesNotMatch(built.log, /webpackbar/);
    assert.doesNotMatch(built.log, /unused Markdown directives/);
    assert.deepEqual(reportedLines(built.log), DEMO_REPORTS);
  });

  it('lists every written item and puts each anchor on its page', () => {
    const entries = JSON.parse(fs.readFileSync(path.join(built.outDir, 'classification.json'), 'utf8')) as IndexEntry[];
    const written = writtenItems(repoRoot, ['site/docs', 'versioned_docs', 'site/blog', 'site/src/pages'], 'site/classification.yml');
    assert.equal(entries.length, written.length);
    for (const entry of entries.filter((item) => item.anchor.includes('#'))) {
      const file = path.join(built.outDir, entry.permalink, 'index.html');
      const html = fs.readFileSync(fs.existsSync(file) ? file : `${path.join(built.outDir, entry.permalink)}.html`, 'utf8');
      // The element with the id (attributes may be unquoted: Faster minifies HTML with SWC).
      const escaped = entry.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const tag = new RegExp(`<[^<>]*\\bid="?${escaped}"?[\\s>/][^<>]*>?`).exec(html)?.[0];
      assert.ok(tag, `${entry.anchor} is on its page`);
      assert.match(tag, new RegExp(`data-classification-level="?${entry.level}\\b`), entry.anchor);
    }
  });
});

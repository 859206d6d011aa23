/**
 * Agreement, by property: on random pages mixing every form with the Markdown
 * around it, the items the index scan collects from the source are the items
 * the page renders after Docusaurus's real MDX pipeline (ids, levels, kinds,
 * titles, order); ids are unique; pages without our syntax compile exactly
 * as without the plugin. Counterexamples found by `npm run fuzz` are kept in
 * tests/fixtures/property and replayed here.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {doc, foreignDoc, nearMissDoc} from '../support/arbitrary.ts';
import {checkAgreement, checkPassedOver, checkUntouched, propertyFixtures} from '../support/agreement.ts';
import {checkReleaseOutputs, hostileReleases} from '../support/release-outputs.ts';
import {loadTheme} from '../support/theme.ts';

const runs = Number(process.env.PROPERTY_RUNS ?? 200);
// A fixed seed: `npm test` runs the same pages every time (random seeds are `npm run fuzz`'s).
fc.configureGlobal({seed: Number(process.env.FC_SEED ?? 1125)});

describe('page and index agree', () => {
  it(`on ${runs} random pages`, async () => {
    await fc.assert(fc.asyncProperty(doc, checkAgreement), {numRuns: runs});
  });

  it(`pages without classification syntax are untouched (${Math.ceil(runs / 4)} pages)`, async () => {
    await fc.assert(fc.asyncProperty(foreignDoc, checkUntouched), {numRuns: Math.ceil(runs / 4)});
  });

  for (const fixture of propertyFixtures()) {
    it(`kept counterexample ${fixture.name}`, async () => {
      await checkAgreement(fixture);
    });
  }

  for (const fixture of propertyFixtures('passed-over')) {
    it(`kept counterexample ${fixture.name}`, async () => {
      await checkPassedOver(fixture, 'md');
      await checkPassedOver(fixture, 'mdx');
    });
  }
});

describe('pages the quick check passes over', () => {
  // The scan skips them and the remark plugin only badges their links: they
  // must hold nothing else collect() would find.
  it(`hold nothing of ours but links (${runs} pages, each format)`, async () => {
    let passed = 0;
    let tried = 0;
    await fc.assert(
      // Pages without items weigh more: most generated pages hold some, and these must be passed over often enough to count.
      fc.asyncProperty(fc.oneof(doc, {arbitrary: foreignDoc, weight: 2}, nearMissDoc), async (page) => {
        for (const format of ['md', 'mdx'] as const) {
          tried += 1;
          passed += Number(await checkPassedOver(page, format));
        }
      }),
      {numRuns: runs},
    );
    assert.ok(passed / tried > 0.2, `passed over ${passed} of ${tried}`);
  });
});

assert.ok(runs > 0);

describe('the release view carries author text as text', () => {
  it(`Markdown, table, JSON, HTML and Atom of ${runs} hostile release views, each read back by a strict parser`, async () => {
    const theme = await loadTheme();
    fc.assert(fc.property(hostileReleases, (releases) => checkReleaseOutputs(theme, releases)), {numRuns: runs});
  });
});
